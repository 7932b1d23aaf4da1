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

/** A small news page written for these tests, with or without a date in its metadata. */
export function articlePage(options: {
  readonly title: string
  readonly paragraphs: readonly string[]
  readonly date?: string
  readonly canonical?: string
}): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${options.title}</title>`,
    options.date ? `<meta property="article:published_time" content="${options.date}">` : '',
    options.canonical ? `<link rel="canonical" href="${options.canonical}">` : '',
    '</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>',
    `<main><article><h1>${options.title}</h1>`,
    ...options.paragraphs.map((p) => `<p>${p}</p>`),
    '</article></main><footer>© Test Desk</footer></body></html>',
  ].join('\n')
}

/** Distinct short stories, one per city, written for these tests (so no two pages are near-duplicates). */
const STORIES: Readonly<Record<string, readonly string[]>> = {
  Vienna: [
    'The foreign ministers of two neighbouring states met in Vienna on Tuesday to discuss a border crossing that has been closed since the spring.',
    'Officials said the talks lasted more than three hours and ended with an agreement to meet again next month, although no joint statement was issued.',
    '“We have agreed to keep talking,” one of the ministers told reporters, adding that trade between the two countries had fallen sharply.',
  ],
  Oslo: [
    'Negotiators for the government and a rebel movement resumed talks in Oslo after a pause of almost a year, Norwegian mediators said on Monday.',
    'The agenda covers a ceasefire in the northern provinces, the release of prisoners and the return of families displaced by the fighting.',
    'A spokeswoman for the mediators declined to predict how long the new round would last but called the first session businesslike.',
  ],
  Lisbon: [
    'Portugal hosted a meeting of Atlantic fisheries ministers in Lisbon, where delegates argued over quotas for the coming season.',
    'Several coastal states accused larger fleets of ignoring catch limits, and two delegations walked out before the closing dinner.',
    'The host minister said a compromise text would be circulated by the end of the week and urged all parties to return to the table.',
  ],
  Quito: [
    'Ecuador and Peru signed a memorandum in Quito on sharing river data along their common border, officials from both capitals announced.',
    'The agreement sets up a joint commission that will publish water levels every month and warn communities downstream of floods.',
    'Environmental groups welcomed the deal but said it did nothing to address mining waste that has polluted tributaries for years.',
  ],
  Lima: [
    'Trade ministers from the Pacific rim gathered in Lima for two days of talks on customs rules and the digital economy.',
    'The host government pressed for a common standard on electronic invoices, which it says would cut delays for small exporters.',
    'No agreement was reached on data localisation, and the final communique only promised further study of the question.',
  ],
  Bern: [
    'Swiss diplomats in Bern confirmed that they had passed messages between two governments that keep no embassies in each other’s capitals.',
    'The exchange concerned the fate of a detained aid worker, whose family has campaigned publicly for her release since last autumn.',
    'A foreign ministry official said Switzerland would continue to act as a protecting power for as long as both sides wished.',
  ],
  Accra: [
    'West African leaders meeting in Accra called on the military government of a member state to publish a timetable for elections.',
    'The regional bloc threatened to widen sanctions, including a freeze on central bank assets, if no date was set within sixty days.',
    'A delegation from the junta said it needed more time to draw up a new voter roll and complained that the deadline was unrealistic.',
  ],
  Hanoi: [
    'Vietnam’s prime minister received a visiting delegation of European lawmakers in Hanoi to discuss labour rules in export factories.',
    'The lawmakers said they had raised the case of union organisers who were arrested last year and asked for access to them.',
    'Officials in Hanoi replied that the cases were a domestic legal matter but agreed to a follow-up meeting at the ministry of labour.',
  ],
}

/** The test story of one of the cities above (a generic one, naming the city, for any other). */
export function storyParagraphs(city: string): string[] {
  const story = STORIES[city]
  if (story) return [...story]
  return [
    `Delegations from several countries met in ${city} this week for talks that officials described as long and at times difficult.`,
    `The host government said the meeting in ${city} had produced a short list of points on which the parties could agree.`,
    'Further talks are expected next month, although no date or venue has yet been announced by the organisers.',
  ]
}
