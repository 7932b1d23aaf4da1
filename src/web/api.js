// The dashboard's only way to the data: the JSON API of the same server.

export class ApiError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

/** GET /api/<path>?params, dropping empty parameters; throws ApiError with the server's message. */
/** The address of an API route with the given parameters (empty ones left out). */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value))
  }
  const search = query.toString()
  return `/api/${path}${search ? `?${search}` : ''}`
}

export async function api(path, params = {}) {
  const response = await fetch(apiUrl(path, params), {
    headers: { Accept: 'application/json' },
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    const message = body?.error?.message ?? `${response.status} ${response.statusText}`
    throw new ApiError(response.status, message)
  }
  return body
}
