import type { ServerResponse } from 'node:http'

/** Headers on every response: the dashboard loads only its own scripts and styles, and never in a frame. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const json = JSON.stringify(body)
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    ...headers,
  })
  response.end(json)
}

/** An error answer: `{ error: { status, message, parameter? } }`. */
export function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  extra: Readonly<Record<string, unknown>> = {},
  headers: Readonly<Record<string, string>> = {},
): void {
  sendJson(response, status, { error: { status, message, ...extra } }, headers)
}

const DOWNLOAD_TYPES = {
  csv: { type: 'text/csv; charset=utf-8', file: 'parley-events.csv' },
  plover: { type: 'application/x-ndjson; charset=utf-8', file: 'parley-events.plover.jsonl' },
} as const

/**
 * Streams a download (CSV, or PLOVER JSON lines) chunk by chunk, as an attachment the browser saves. A failure
 * after the first chunk can only cut the body short: the status is already sent.
 */
export async function sendDownload(
  response: ServerResponse,
  format: keyof typeof DOWNLOAD_TYPES,
  chunks: AsyncIterable<string>,
): Promise<void> {
  const { type, file } = DOWNLOAD_TYPES[format]
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${file}"`,
    'Cache-Control': 'no-store',
  })
  for await (const chunk of chunks) {
    if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve))
  }
  response.end()
}
