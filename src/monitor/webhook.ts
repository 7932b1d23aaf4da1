import { createHmac, randomBytes } from 'node:crypto'
import { Webhook } from 'standardwebhooks'

/** The prefix of Standard Webhooks secrets: `whsec_` then the key in base64. */
export const SECRET_PREFIX = 'whsec_'

/** A new random secret in the Standard Webhooks form (24 random bytes). */
export function newSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(24).toString('base64')}`
}

/**
 * The headers that sign one delivery:
 * - Standard Webhooks: `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`
 *   (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`), made by the `standardwebhooks` package. A secret of the
 *   form `whsec_<base64>` is decoded as the spec says; any other secret is used as raw bytes.
 * - `X-Parley-Signature: sha256=<hex HMAC-SHA256 of the body>`, keyed with the secret exactly as given, for
 *   receivers that only check a body signature (the timestamp is then not covered).
 */
export function signatureHeaders(
  secret: string,
  messageId: string,
  timestamp: Date,
  body: string,
): Record<string, string> {
  const signer = secret.startsWith(SECRET_PREFIX)
    ? new Webhook(secret)
    : new Webhook(secret, { format: 'raw' })
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signer.sign(messageId, timestamp, body),
    'X-Parley-Signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
  }
}

/** Checks a `whsec_` secret decodes to a usable key; null when fine, else the reason. */
export function secretProblem(secret: string): string | null {
  if (secret.length === 0) return 'the secret is empty'
  if (!secret.startsWith(SECRET_PREFIX))
    return secret.length < 16 ? 'the secret must be at least 16 characters long' : null
  const key = secret.slice(SECRET_PREFIX.length)
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(key) || Buffer.from(key, 'base64').length < 16) {
    return 'a whsec_ secret must hold at least 16 bytes in base64'
  }
  return null
}

export interface WebhookResponse {
  readonly ok: boolean
  readonly httpStatus: number | null
  readonly error: string | null
  readonly durationMs: number
}

/** POSTs one signed delivery; never throws (a network failure or timeout is an unsuccessful response). */
export async function postWebhook(
  url: string,
  secret: string,
  messageId: string,
  body: string,
  options: {
    readonly timeoutMs: number
    readonly userAgent: string
    readonly fetch?: typeof fetch
    readonly now?: Date
  },
): Promise<WebhookResponse> {
  const started = performance.now()
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': options.userAgent,
    ...signatureHeaders(secret, messageId, options.now ?? new Date(), body),
  }
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    })
    await response.body?.cancel()
    const ok = response.status >= 200 && response.status <= 299
    return {
      ok,
      httpStatus: response.status,
      error: ok ? null : `HTTP ${response.status}`,
      durationMs: performance.now() - started,
    }
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${options.timeoutMs} ms`
        : `network error (${String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message)})`
    return { ok: false, httpStatus: null, error: reason, durationMs: performance.now() - started }
  }
}
