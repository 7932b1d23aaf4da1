/**
 * How the feed parser was chosen: Parley's reader (fast-xml-parser plus src/monitor/parse-feed.ts) against
 * rss-parser and @extractus/feed-extractor, on the feed fixtures (what each gets right) and on a generated
 * 2,000-item RSS feed (speed). The other two are not dependencies of Parley: install them somewhere and pass
 * that folder, e.g. `npm install --prefix /tmp/feedbench rss-parser@3.13.0 @extractus/feed-extractor@8.0.3`,
 * then `node --import tsx bench/feed-parsers.ts /tmp/feedbench`.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseFeed } from '../src/monitor/parse-feed.js'

interface Reading {
  readonly links: readonly string[]
  readonly firstTitle: string | null
  readonly firstDate: string | null
}
type Reader = (xml: string, base: string) => Promise<Reading>

const FIXTURES: readonly { name: string; base: string; expect: Reading }[] = [
  {
    name: 'rss2.xml',
    base: 'https://news.example.org/world/rss.xml',
    expect: {
      links: [
        'https://news.example.org/world/2024/03/geneva-talks?utm_source=rss&utm_medium=feed',
        'https://news.example.org/world/2024/03/envoy-visit',
        'https://news.example.org/world/2024/03/guid-link',
        'https://news.example.org/world/2024/03/orig-link',
      ],
      firstTitle: 'Ministers meet in Geneva as talks “resume”',
      firstDate: 'Tue, 12 Mar 2024 09:30:00 +0000',
    },
  },
  {
    name: 'atom.xml',
    base: 'https://capital.example.com/feed.atom',
    expect: {
      links: [
        'https://capital.example.com/2024/03/12/ministers-call',
        'https://capital.example.com/2024/03/11/summit-preview',
      ],
      firstTitle: 'Foreign ministers <em>agree</em> to a call',
      firstDate: '2024-03-12T08:15:00+01:00',
    },
  },
  {
    name: 'rdf.xml',
    base: 'https://old.example.org/rss',
    expect: {
      links: ['https://old.example.org/stories/1', 'https://old.example.org/stories/2'],
      firstTitle: 'Talks end without a statement',
      firstDate: '2003-05-02',
    },
  },
  {
    name: 'news-sitemap.xml',
    base: 'https://daily.example.net/news-sitemap.xml',
    expect: {
      links: [
        'https://daily.example.net/politics/summit-opens',
        'https://daily.example.net/politics/no-news-block',
      ],
      firstTitle: 'Summit opens with a handshake',
      firstDate: '2024-03-12T06:00:00+00:00',
    },
  },
]

function bigFeed(items: number): string {
  const parts = ['<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>']
  for (let i = 0; i < items; i++) {
    parts.push(
      `<item><title>Story ${i} &amp; more “quoted”</title><link>https://big.example/s/${i}</link>` +
        `<guid isPermaLink="false">id-${i}</guid><pubDate>Tue, 12 Mar 2024 09:30:00 +0000</pubDate>` +
        `<description><![CDATA[<p>Paragraph ${i} of a summary that runs to a few words.</p>]]></description></item>`,
    )
  }
  parts.push('</channel></rss>')
  return parts.join('\n')
}

async function readers(modules: string | null): Promise<Record<string, Reader>> {
  const ours: Reader = async (xml, base) => {
    const result = parseFeed(xml, base)
    if (!result.ok) throw new Error(result.reason)
    const items = result.feed.items
    return {
      links: items.map((i) => i.link),
      firstTitle: items[0]?.title ?? null,
      firstDate: items[0]?.published ?? null,
    }
  }
  const found: Record<string, Reader> = { 'fast-xml-parser + parse-feed.ts': ours }
  if (modules === null) return found
  const require = createRequire(join(modules, 'package.json'))
  const RssParser = require('rss-parser') as new () => {
    parseString(xml: string): Promise<{
      items: { link?: string; title?: string; pubDate?: string; isoDate?: string }[]
    }>
  }
  const rss = new RssParser()
  found['rss-parser 3.13.0'] = async (xml) => {
    const feed = await rss.parseString(xml)
    return {
      links: feed.items.flatMap((i) => (i.link ? [i.link] : [])),
      firstTitle: feed.items[0]?.title ?? null,
      firstDate: feed.items[0]?.pubDate ?? null,
    }
  }
  const extractor = (await import(
    pathToFileURL(require.resolve('@extractus/feed-extractor').replace(/script[/\\]mod\.js$/, 'esm/mod.js'))
      .href
  )) as {
    extractFromXml(
      xml: string,
      options: object,
    ): { entries?: { link?: string; title?: string; published?: string }[] }
  }
  found['@extractus/feed-extractor 8.0.3'] = async (xml, base) => {
    const feed = extractor.extractFromXml(xml, { baseUrl: base, normalization: true })
    const entries = feed.entries ?? []
    return {
      links: entries.flatMap((e) => (e.link ? [e.link] : [])),
      firstTitle: entries[0]?.title ?? null,
      firstDate: entries[0]?.published ?? null,
    }
  }
  return found
}

function sameInstant(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && Date.parse(a) === Date.parse(b)
}

async function main(): Promise<void> {
  const all = await readers(process.argv[2] ?? null)
  const big = bigFeed(2000)
  for (const [name, read] of Object.entries(all)) {
    let right = 0
    let checks = 0
    const notes: string[] = []
    for (const fixture of FIXTURES) {
      const xml = readFileSync(new URL(`../test/fixtures/feeds/${fixture.name}`, import.meta.url), 'utf8')
      let got: Reading
      try {
        got = await read(xml, fixture.base)
      } catch (error) {
        checks += 3
        notes.push(`${fixture.name}: failed (${String(error).slice(0, 60)})`)
        continue
      }
      const tests: [string, boolean][] = [
        ['links', JSON.stringify(got.links) === JSON.stringify(fixture.expect.links)],
        ['title', got.firstTitle === fixture.expect.firstTitle],
        // the same instant in any notation (feed-extractor rewrites dates as ISO 8601)
        ['date', sameInstant(got.firstDate, fixture.expect.firstDate)],
      ]
      for (const [what, ok] of tests) {
        checks++
        if (ok) right++
        else notes.push(`${fixture.name} ${what}`)
      }
    }
    let truncatedRefused = false
    try {
      await read(big.slice(0, big.length / 2), 'https://big.example/')
    } catch {
      truncatedRefused = true
    }
    await read(big, 'https://big.example/')
    const runs = 10
    const started = performance.now()
    for (let i = 0; i < runs; i++) await read(big, 'https://big.example/')
    const ms = (performance.now() - started) / runs
    process.stdout.write(
      `${name}: ${right}/${checks} fixture checks; 2,000-item feed ${ms.toFixed(1)} ms ` +
        `(${Math.round(2000 / (ms / 1000)).toLocaleString('en')} items/s); half a feed refused: ${truncatedRefused}\n` +
        (notes.length > 0 ? `  wrong: ${notes.join('; ')}\n` : ''),
    )
  }
}

await main()
