import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How the local test server answers one path. */
export interface FixtureRoute {
  readonly status?: number
  readonly type?: string
  readonly body?: string | Buffer
  readonly headers?: Readonly<Record<string, string>>
  /** Answers 304 to a request bearing this ETag in If-None-Match. */
  readonly etag?: string
  /** Waits this long before answering. */
  readonly delayMs?: number
  /** Sends the headers and part of the body, then drops the connection. */
  readonly breakMidway?: boolean
  /** Answers the first N requests with this status instead (then the route as given). */
  readonly failFirst?: { readonly times: number; readonly status: number }
}

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly headers: IncomingMessage['headers']
  readonly body: string
}

export interface FixtureServer {
  readonly base: string
  readonly requests: RecordedRequest[]
  set(path: string, route: FixtureRoute): void
  /** Requests for a path (with its query). */
  hits(path: string): number
  close(): Promise<void>
}

/** A local HTTP server for tests: feeds, pages, robots.txt and webhook receivers without the internet. */
export async function startFixtureServer(routes: Record<string, FixtureRoute> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes))
  const served = new Map<string, number>()
  const requests: RecordedRequest[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const path = request.url ?? '/'
      requests.push({
        method: request.method ?? 'GET',
        path,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      })
      const route = table.get(path) ?? table.get(path.split('?')[0] ?? path)
      const count = (served.get(path) ?? 0) + 1
      served.set(path, count)
      answer(route, count, request, response)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    set: (path, route) => table.set(path, route),
    hits: (path) => requests.filter((r) => r.path === path).length,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function answer(
  route: FixtureRoute | undefined,
  count: number,
  request: IncomingMessage,
  response: ServerResponse,
) {
  if (!route) {
    response.writeHead(404, { 'Content-Type': 'text/plain' })
    response.end('not found')
    return
  }
  const send = () => {
    if (route.failFirst && count <= route.failFirst.times) {
      response.writeHead(route.failFirst.status, { 'Content-Type': 'text/plain' })
      response.end('try later')
      return
    }
    if (route.etag && request.headers['if-none-match'] === route.etag) {
      response.writeHead(304, { ETag: route.etag })
      response.end()
      return
    }
    const body = route.body ?? ''
    const headers: Record<string, string> = {
      'Content-Type': route.type ?? 'text/html; charset=utf-8',
      ...(route.etag ? { ETag: route.etag } : {}),
      ...route.headers,
    }
    if (route.breakMidway) {
      response.writeHead(route.status ?? 200, {
        ...headers,
        'Content-Length': String(Buffer.byteLength(body) + 1000),
      })
      response.write(
        typeof body === 'string'
          ? body.slice(0, Math.floor(body.length / 2))
          : body.subarray(0, body.length / 2),
      )
      setTimeout(() => response.destroy(), 20)
      return
    }
    response.writeHead(route.status ?? 200, headers)
    response.end(body)
  }
  if (route.delayMs) setTimeout(send, route.delayMs)
  else send()
}

/** An RSS 2.0 feed of these items. */
export function rssFeed(
  items: readonly { readonly link: string; readonly title: string; readonly date?: string }[],
): string {
  const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel><title>Test Desk</title><link>http://127.0.0.1/</link>',
    ...items.map(
      (i) =>
        `<item><title>${xmlText(i.title)}</title><link>${xmlText(i.link)}</link>` +
        (i.date ? `<pubDate>${i.date}</pubDate>` : '') +
        '</item>',
    ),
    '</channel></rss>',
  ].join('\n')
}
