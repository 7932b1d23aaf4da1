/**
 * One polite HTTP GET with Node's built-in fetch: a deadline over headers and body, redirects followed by hand
 * (bounded, each hop checked, e.g. against robots.txt), a cap on the body, a content-type check and conditional
 * GET. Never throws for what the network or the server does: every failure is a `FetchFailure` saying whether
 * trying again later may help.
 */

export const FETCH_ERROR_CODES = [
  'fetch/bad-url',
  'fetch/timeout',
  'fetch/network',
  'fetch/http-status',
  'fetch/too-large',
  'fetch/content-type',
  'fetch/redirects',
  'fetch/robots',
] as const
export type FetchErrorCode = (typeof FETCH_ERROR_CODES)[number]

export interface FetchOptions {
  readonly userAgent: string
  /** The Accept header. */
  readonly accept: string
  /** Whether a response of this media type (lower-case, without parameters; '' when absent) is wanted. */
  readonly acceptsType: (mediaType: string) => boolean
  readonly timeoutMs: number
  readonly maxBytes: number
  readonly maxRedirects: number
  /** Validators from the last fetch, sent as If-None-Match / If-Modified-Since. */
  readonly etag?: string | null
  readonly lastModified?: string | null
  /** Checked before each hop; a string is the reason the hop is refused. */
  readonly checkHop?: (url: string) => Promise<string | null>
  /** Replaces the global fetch (tests). */
  readonly fetch?: typeof fetch
}

export interface FetchSuccess {
  readonly kind: 'ok'
  /** The URL the body came from, after redirects. */
  readonly url: string
  readonly redirects: readonly string[]
  readonly status: number
  readonly mediaType: string
  /** The charset parameter of Content-Type, lower-case, or null. */
  readonly charset: string | null
  readonly body: Uint8Array
  readonly etag: string | null
  readonly lastModified: string | null
}

export interface FetchNotModified {
  readonly kind: 'not-modified'
  readonly url: string
}

export interface FetchFailure {
  readonly kind: 'error'
  readonly url: string
  readonly code: FetchErrorCode
  readonly message: string
  /** True when a later try may succeed (timeouts, network errors, 408/425/429/5xx). */
  readonly retryable: boolean
  /** A Retry-After the server gave, in milliseconds. */
  readonly retryAfterMs: number | null
  readonly status: number | null
}

export type FetchResult = FetchSuccess | FetchNotModified | FetchFailure

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504])

export function failure(
  url: string,
  code: FetchErrorCode,
  message: string,
  extra: { retryable?: boolean; retryAfterMs?: number | null; status?: number | null } = {},
): FetchFailure {
  return {
    kind: 'error',
    url,
    code,
    message,
    retryable: extra.retryable ?? false,
    retryAfterMs: extra.retryAfterMs ?? null,
    status: extra.status ?? null,
  }
}

export async function fetchResource(url: string, options: FetchOptions): Promise<FetchResult> {
  if (!isAbsoluteHttp(url)) {
    return failure(url, 'fetch/bad-url', 'not an absolute http(s) URL')
  }
  const doFetch = options.fetch ?? fetch
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs)
  const redirects: string[] = []
  let current = url
  try {
    for (;;) {
      const refused = options.checkHop ? await options.checkHop(current) : null
      if (refused !== null) return failure(current, 'fetch/robots', refused)
      const headers: Record<string, string> = { 'User-Agent': options.userAgent, Accept: options.accept }
      if (redirects.length === 0 && options.etag) headers['If-None-Match'] = options.etag
      if (redirects.length === 0 && options.lastModified) headers['If-Modified-Since'] = options.lastModified
      const response = await doFetch(current, { headers, redirect: 'manual', signal: controller.signal })
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel()
        const location = response.headers.get('location')
        const next = location ? resolveHttpUrl(location, current) : null
        if (next === null) {
          return failure(
            current,
            'fetch/redirects',
            `redirect (${response.status}) without a usable Location`,
          )
        }
        if (redirects.length >= options.maxRedirects) {
          return failure(current, 'fetch/redirects', `more than ${options.maxRedirects} redirects`)
        }
        if (next === current || redirects.includes(next)) {
          return failure(current, 'fetch/redirects', `redirect loop at ${next}`)
        }
        redirects.push(current)
        current = next
        continue
      }
      if (response.status === 304) {
        await response.body?.cancel()
        return { kind: 'not-modified', url: current }
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel()
        return failure(current, 'fetch/http-status', `HTTP ${response.status}`, {
          retryable: RETRYABLE_STATUSES.has(response.status),
          retryAfterMs: retryAfter(response.headers.get('retry-after')),
          status: response.status,
        })
      }
      const { mediaType, charset } = contentType(response.headers.get('content-type'))
      if (!options.acceptsType(mediaType)) {
        await response.body?.cancel()
        return failure(current, 'fetch/content-type', `unwanted content type "${mediaType || '(none)'}"`, {
          status: response.status,
        })
      }
      const declared = Number(response.headers.get('content-length') ?? Number.NaN)
      if (declared > options.maxBytes) {
        await response.body?.cancel()
        return tooLarge(current, options.maxBytes, response.status)
      }
      const body = await readCapped(response, options.maxBytes)
      if (body === null) return tooLarge(current, options.maxBytes, response.status)
      return {
        kind: 'ok',
        url: current,
        redirects,
        status: response.status,
        mediaType,
        charset,
        body,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      }
    }
  } catch (error) {
    if (controller.signal.aborted) {
      return failure(current, 'fetch/timeout', `no complete answer within ${options.timeoutMs} ms`, {
        retryable: true,
      })
    }
    return failure(current, 'fetch/network', networkReason(error), { retryable: true })
  } finally {
    clearTimeout(timer)
  }
}

function tooLarge(url: string, maxBytes: number, status: number): FetchFailure {
  return failure(url, 'fetch/too-large', `the body is larger than ${maxBytes} bytes`, { status })
}

/** The body, or null as soon as it passes the cap (the rest is not downloaded). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}

export function resolveHttpUrl(value: string, base: string): string | null {
  try {
    const url = new URL(value, base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

function isAbsoluteHttp(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
  } catch {
    return false
  }
}

export function contentType(header: string | null): { mediaType: string; charset: string | null } {
  if (!header) return { mediaType: '', charset: null }
  const [type, ...params] = header.split(';')
  let charset: string | null = null
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param)
    if (match?.[1]) charset = match[1].toLowerCase()
  }
  return { mediaType: (type ?? '').trim().toLowerCase(), charset }
}

/** Retry-After in milliseconds: a number of seconds or an HTTP date; null when absent or unreadable. */
export function retryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

function networkReason(error: unknown): string {
  const cause =
    error instanceof Error && 'cause' in error ? (error.cause as { code?: string; message?: string }) : null
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
  return `network error (${String(detail).replace(/\s+/g, ' ')})`
}

/** Media types a feed may be served as: XML of any kind, and the generic types servers fall back to. */
export function isFeedType(mediaType: string): boolean {
  return (
    mediaType === '' ||
    mediaType.includes('xml') ||
    mediaType === 'text/plain' ||
    mediaType === 'text/html' ||
    mediaType === 'application/octet-stream'
  )
}

export function isHtmlType(mediaType: string): boolean {
  return mediaType === 'text/html' || mediaType === 'application/xhtml+xml' || mediaType === ''
}
