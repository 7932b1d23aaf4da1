import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { readJsonl } from '../ingest/jsonl.js'
import { resolveOptions } from '../ingest/read-inputs.js'
import type { IngestItem } from '../ingest/types.js'
import { sendError, sendJson } from './respond.js'
import type { Route } from './router.js'

/** The largest request body accepted by POST /api/documents. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024
/** The most articles one request may carry. */
export const MAX_ARTICLES = 100
/** Articles accepted and not yet stored, over all requests; beyond it a request is answered 503. */
export const DEFAULT_MAX_PENDING_ARTICLES = 200
/** Seconds a client is asked to wait when the server is busy. */
const RETRY_AFTER_SECONDS = 5

/** What happened to one posted article. */
export type IngestResult =
  | {
      readonly id: string
      readonly outcome: 'inserted' | 'replaced' | 'unchanged'
      /** Counts in the extracted record; null when an unchanged article was not extracted again. */
      readonly events: number | null
      readonly quotes: number | null
      readonly warnings: readonly string[]
    }
  | { readonly id: string; readonly outcome: 'error'; readonly errors: readonly string[] }

/** Extracts and stores one article item; provided by whoever owns ingestion (the store and pipeline). */
export type IngestItemFn = (item: IngestItem) => Promise<IngestResult>

/** A token check that takes the same time whatever the guess. */
export function tokenMatches(expected: string, header: string | undefined): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  if (!match) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(expected), digest(match[1] ?? ''))
}

/** A request body that cannot be read: answered with its status and message. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** The request body as text, refused (413) past MAX_BODY_BYTES. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > MAX_BODY_BYTES) throw new BodyError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > MAX_BODY_BYTES) throw new BodyError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Each posted article as one JSONL line, so the HTTP path validates exactly like `parley ingest file.jsonl`. */
function articleLines(body: string): string[] {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    throw new BodyError(
      400,
      `the body is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    )
  }
  const articles = Array.isArray(value) ? value : [value]
  if (articles.length === 0) throw new BodyError(400, 'the body holds no article')
  if (articles.length > MAX_ARTICLES) throw new BodyError(413, `at most ${MAX_ARTICLES} articles per request`)
  return articles.map((article, i) => {
    if (typeof article !== 'object' || article === null || Array.isArray(article)) {
      throw new BodyError(
        400,
        `article ${i} is not a JSON object {id, text | html, date?, title?, url?, source?}`,
      )
    }
    return JSON.stringify(article)
  })
}

/** Defaults of `parley ingest`; stdin is never read here. */
const NO_STDIN_OPTIONS = resolveOptions({ stdin: once('') })

async function* once(text: string): AsyncGenerator<string> {
  yield text
}

/**
 * POST /api/documents: ingestion over HTTP, only when a token is configured (403 otherwise) and presented as
 * `Authorization: Bearer <token>` (401 otherwise). The body is one article or an array of them.
 */
export function ingestRoute(options: {
  readonly token: string | null
  readonly ingest: IngestItemFn
  readonly onIngested: () => void
  /** Articles accepted and not yet stored at most (default DEFAULT_MAX_PENDING_ARTICLES). */
  readonly maxPendingArticles?: number
}): Route {
  const maxPending = options.maxPendingArticles ?? DEFAULT_MAX_PENDING_ARTICLES
  let pending = 0
  return {
    method: 'POST',
    pattern: '/api/documents',
    async handler({ request, response }) {
      if (options.token === null) {
        sendError(
          response,
          403,
          'ingestion over HTTP is disabled; start the server with --token or PARLEY_TOKEN',
        )
        return
      }
      if (!tokenMatches(options.token, request.headers.authorization)) {
        sendError(
          response,
          401,
          'a valid "Authorization: Bearer <token>" header is required',
          {},
          {
            'WWW-Authenticate': 'Bearer realm="parley"',
          },
        )
        return
      }
      const type = request.headers['content-type'] ?? ''
      if (!/^application\/json\b/i.test(type)) {
        sendError(response, 415, 'the body must be application/json')
        return
      }
      let lines: string[]
      try {
        lines = articleLines(await readBody(request))
      } catch (error) {
        if (error instanceof BodyError) {
          sendError(response, error.status, error.message)
          return
        }
        throw error
      }
      if (pending + lines.length > maxPending) {
        sendError(
          response,
          503,
          `the server is busy with ${pending} article(s); try again later`,
          {},
          { 'Retry-After': String(RETRY_AFTER_SECONDS) },
        )
        return
      }
      // a request's articles are stored in their order; the extraction itself waits for a free worker
      pending += lines.length
      const results: IngestResult[] = []
      try {
        for await (const item of readJsonl(once(lines.join('\n')), 'request', NO_STDIN_OPTIONS)) {
          results.push(await options.ingest(item))
          pending--
        }
      } finally {
        pending -= lines.length - results.length
      }
      if (results.some((result) => result.outcome !== 'error' && result.outcome !== 'unchanged')) {
        options.onIngested()
      }
      const allFailed = results.every((result) => result.outcome === 'error')
      sendJson(response, allFailed ? 422 : 201, { results })
    },
  }
}
