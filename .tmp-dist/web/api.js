// The dashboard's only way to the data: the JSON API of the same server.

export class ApiError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

/** GET /api/<path>?params, dropping empty parameters; throws ApiError with the server's message. */
export async function api(path, params = {}) {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value))
  }
  const search = query.toString()
  const response = await fetch(`/api/${path}${search ? `?${search}` : ''}`, {
    headers: { Accept: 'application/json' },
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    const message = body?.error?.message ?? `${response.status} ${response.statusText}`
    throw new ApiError(response.status, message)
  }
  return body
}
