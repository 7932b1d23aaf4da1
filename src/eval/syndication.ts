/**
 * Syndication: one story carried by several outlets. Builds republished copies of articles (an outlet's line
 * appended, published a day or two later) and measures what the store keeps of them: events and quotations of
 * all copies against those of one copy (issue 13's bar: at most 1.05×).
 */
import type { Extractor } from '../extract.js'
import { putOptionsFor } from '../store/put-options.js'
import type { Store, StoreStats } from '../store/store.js'

export interface SyndicatedArticle {
  readonly id: string
  readonly text: string
  readonly date: string | null
}

const OUTLETS = [
  'Distributed by Kestrel Newswire.',
  'This story was first published by the Harbour Post and is republished with permission.',
  'Additional reporting by the Evening Ledger’s foreign desk.',
  'Copyright the Meridian Daily. All rights reserved.',
]

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** Copy `k` (1-based) of an article as another outlet carries it: its line appended, published `k - 1` days later. */
export function republished(article: SyndicatedArticle, k: number): SyndicatedArticle {
  const outlet = OUTLETS[(k - 1) % OUTLETS.length] as string
  return {
    id: `${article.id}#copy-${k}`,
    text: `${article.text.trimEnd()}\n\n${outlet}`,
    date: article.date === null ? null : addDays(article.date, k - 1),
  }
}

async function store(extractor: Extractor, target: Store, articles: readonly SyndicatedArticle[]) {
  for (const a of articles) {
    const input = { text: a.text, meta: { id: a.id, date: a.date } }
    const { record, doc } = extractor.extract(input, { includeText: true })
    await target.putDocument(record, putOptionsFor(input, doc))
  }
  return target.stats()
}

export interface SyndicationResult {
  readonly articles: number
  readonly copies: number
  readonly one: StoreStats
  readonly all: StoreStats
  /** Stored events and quotations of all copies over those of one copy. */
  readonly eventRatio: number
  readonly quoteRatio: number
}

/**
 * Stores one copy of every article in `single`, `copies` copies of each (interleaved: copy 1 of every article,
 * then copy 2…) in `every`, and compares what each holds. The stores should be empty and are left open.
 */
export async function measureSyndication(
  extractor: Extractor,
  articles: readonly SyndicatedArticle[],
  stores: { readonly single: Store; readonly every: Store },
  copies = 3,
): Promise<SyndicationResult> {
  const first = articles.map((a) => republished(a, 1))
  const one = await store(extractor, stores.single, first)
  const all: SyndicatedArticle[] = []
  for (let k = 1; k <= copies; k++) all.push(...articles.map((a) => republished(a, k)))
  const every = await store(extractor, stores.every, all)
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
  return {
    articles: articles.length,
    copies,
    one,
    all: every,
    eventRatio: ratio(every.events, one.events),
    quoteRatio: ratio(every.quotes, one.quotes),
  }
}
