import type { ParleyRecord, RecordActor, RecordQuote } from '../record/record.js'
import type { PolnearAttribution, PolnearGold } from './gold.js'
import { getOrInsert, prf, ratio, sharesWord } from './metrics.js'
import { coverage, overlaps } from './spans.js'

export const QUOTE_VIEWS = ['quoted', 'all'] as const
export type QuoteView = (typeof QUOTE_VIEWS)[number]

export const DEFAULT_COVERAGES = [0.3, 0.8] as const

export interface QuoteScoreOptions {
  /** Minimum share of a gold content's characters a predicted quote must cover (default 30 % and 80 %). */
  readonly coverages?: readonly number[]
}

export interface QuoteViewScore {
  readonly view: QuoteView
  readonly coverage: number
  readonly gold: number
  readonly found: number
  readonly predicted: number
  readonly correct: number
  readonly precision: number
  readonly recall: number
  readonly f1: number
  /** Found attributions whose gold has a source (the speaker can be judged). */
  readonly speakerJudged: number
  readonly speakerRight: number
  readonly speakerAccuracy: number
}

/** Gold attributions of one class and how many of them no prediction found (view `all`, lowest coverage). */
export interface MissedClass {
  readonly quoted: boolean
  readonly sourceIsPronoun: boolean
  readonly gold: number
  readonly missed: number
}

export interface KindPrecision {
  readonly kind: string
  readonly predicted: number
  readonly correct: number
}

export interface QuoteExample {
  readonly document: string
  readonly annotator: string
  readonly content: string
  readonly goldSource: string | null
  readonly predictedMention: string | null
  readonly predictedActor: string | null
}

export interface QuoteScore {
  readonly goldLines: number
  readonly articles: number
  /** Gold articles with no predicted record at all (scored as empty). */
  readonly missingRecords: readonly string[]
  readonly views: readonly QuoteViewScore[]
  readonly missed: readonly MissedClass[]
  readonly byKind: readonly KindPrecision[]
  /** Speaker accuracy split by whether the gold source is a pronoun (view `all`, lowest coverage). */
  readonly speakerByPronoun: readonly { sourceIsPronoun: boolean; judged: number; right: number }[]
  readonly speakerErrors: readonly QuoteExample[]
  readonly missedExamples: readonly QuoteExample[]
}

interface Pair {
  readonly gold: number
  readonly pred: number
  readonly coverage: number
}

const isQuotedKind = (q: RecordQuote) => q.kind === 'direct' || q.kind === 'mixed'

/**
 * One-to-one matching, best coverage first: a pair is kept when both sides are still free and the predicted
 * spans cover at least `threshold` of the gold content's characters.
 */
export function matchOneToOne(pairs: readonly Pair[], threshold: number): Map<number, number> {
  const sorted = pairs
    .filter((p) => p.coverage >= threshold)
    .sort((a, b) => b.coverage - a.coverage || a.gold - b.gold || a.pred - b.pred)
  const goldToPred = new Map<number, number>()
  const usedPred = new Set<number>()
  for (const p of sorted) {
    if (goldToPred.has(p.gold) || usedPred.has(p.pred)) continue
    goldToPred.set(p.gold, p.pred)
    usedPred.add(p.pred)
  }
  return goldToPred
}

function coveragePairs(gold: readonly PolnearAttribution[], pred: readonly RecordQuote[]): Pair[] {
  const pairs: Pair[] = []
  gold.forEach((g, gi) => {
    if (!g.content) return
    const goldSpans = g.content.spans
    pred.forEach((q, pi) => {
      if (!q.spans.some((s) => goldSpans.some((t) => overlaps(s, t)))) return
      pairs.push({ gold: gi, pred: pi, coverage: coverage(goldSpans, q.spans) })
    })
  })
  return pairs
}

/** The predicted speaker is right when its mention overlaps the gold source or its actor's name shares a word. */
export function isSpeakerRight(
  gold: PolnearAttribution,
  quote: RecordQuote,
  actors: ReadonlyMap<string, RecordActor>,
): boolean {
  const source = gold.source
  if (!source) return false
  const mention = quote.speaker.mention
  if (mention && source.spans.some((s) => overlaps(s, mention))) return true
  const actor = quote.speaker.actor ? actors.get(quote.speaker.actor) : undefined
  return actor !== undefined && sharesWord(actor.name, source.text)
}

function snippet(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

interface Tally {
  gold: number
  found: number
  predicted: number
  correct: number
  judged: number
  right: number
}

const newTally = (): Tally => ({ gold: 0, found: 0, predicted: 0, correct: 0, judged: 0, right: 0 })

/**
 * Scores predicted quotes against PolNeAR gold. Each gold line (one article as seen by one annotator) is scored
 * against the record with the same document id and the counts are pooled over lines, so an article annotated
 * twice counts twice. View `quoted`: recall over gold attributions with quote marks, precision over predicted
 * direct/mixed quotes (matched against every gold attribution). View `all`: every attribution, every quote.
 */
export function scoreQuotes(
  gold: readonly PolnearGold[],
  pred: ReadonlyMap<string, ParleyRecord>,
  options: QuoteScoreOptions = {},
): QuoteScore {
  const coverages = [...(options.coverages ?? DEFAULT_COVERAGES)].sort((a, b) => a - b)
  const lowest = coverages[0] ?? 0.3
  const tallies = new Map<string, Tally>()
  const tally = (view: QuoteView, c: number) => getOrInsert(tallies, `${view}@${c}`, newTally)
  const missedByClass = new Map<string, MissedClass>()
  const kinds = new Map<string, { predicted: number; correct: number }>()
  const byPronoun = new Map<boolean, { judged: number; right: number }>()
  const speakerErrors: QuoteExample[] = []
  const missedExamples: QuoteExample[] = []
  const missingRecords = new Set<string>()

  for (const line of gold) {
    const record = pred.get(line.id)
    if (!record) missingRecords.add(line.id)
    const quotes = record?.quotes ?? []
    const actors = new Map((record?.actors ?? []).map((a) => [a.id, a]))
    const attributions = line.attributions.filter((a) => a.content !== null)
    for (const view of QUOTE_VIEWS) {
      const predIndex = quotes.flatMap((q, i) => (view === 'all' || isQuotedKind(q) ? [i] : []))
      const viewPred = predIndex.map((i) => quotes[i]!)
      const pairs = coveragePairs(attributions, viewPred)
      for (const c of coverages) {
        const matches = matchOneToOne(pairs, c)
        const t = tally(view, c)
        t.predicted += viewPred.length
        t.correct += matches.size
        const isLowestAll = view === 'all' && c === lowest
        attributions.forEach((g, gi) => {
          if (view === 'quoted' && !g.quoted) return
          t.gold++
          const pi = matches.get(gi)
          const example = (q: RecordQuote | undefined): QuoteExample => ({
            document: line.id,
            annotator: line.annotator,
            content: snippet(g.content?.text ?? ''),
            goldSource: g.source?.text ?? null,
            predictedMention: q?.speaker.mention?.text ?? null,
            predictedActor: q?.speaker.actor ? (actors.get(q.speaker.actor)?.name ?? q.speaker.actor) : null,
          })
          if (isLowestAll) {
            const key = `${g.quoted}/${g.sourceIsPronoun}`
            const m = missedByClass.get(key) ?? {
              quoted: g.quoted,
              sourceIsPronoun: g.sourceIsPronoun,
              gold: 0,
              missed: 0,
            }
            missedByClass.set(key, { ...m, gold: m.gold + 1, missed: m.missed + (pi === undefined ? 1 : 0) })
            if (pi === undefined) missedExamples.push(example(undefined))
          }
          if (pi === undefined) return
          t.found++
          if (!g.source) return
          const q = viewPred[pi]!
          const right = isSpeakerRight(g, q, actors)
          t.judged++
          if (right) t.right++
          if (isLowestAll) {
            const s = byPronoun.get(g.sourceIsPronoun) ?? { judged: 0, right: 0 }
            byPronoun.set(g.sourceIsPronoun, { judged: s.judged + 1, right: s.right + (right ? 1 : 0) })
            if (!right) speakerErrors.push(example(q))
          }
        })
        if (view === 'all' && c === lowest) {
          const matchedPred = new Set(matches.values())
          viewPred.forEach((q, pi) => {
            const k = kinds.get(q.kind) ?? { predicted: 0, correct: 0 }
            kinds.set(q.kind, {
              predicted: k.predicted + 1,
              correct: k.correct + (matchedPred.has(pi) ? 1 : 0),
            })
          })
        }
      }
    }
  }

  const views: QuoteViewScore[] = []
  for (const view of QUOTE_VIEWS) {
    for (const c of coverages) {
      const t = tally(view, c)
      views.push({
        view,
        coverage: c,
        gold: t.gold,
        found: t.found,
        predicted: t.predicted,
        correct: t.correct,
        ...prf(t.correct, t.predicted, t.found, t.gold),
        speakerJudged: t.judged,
        speakerRight: t.right,
        speakerAccuracy: ratio(t.right, t.judged),
      })
    }
  }
  const classOrder = (m: MissedClass) => (m.quoted ? 0 : 2) + (m.sourceIsPronoun ? 1 : 0)
  return {
    goldLines: gold.length,
    articles: new Set(gold.map((g) => g.id)).size,
    missingRecords: [...missingRecords],
    views,
    missed: [...missedByClass.values()].sort((a, b) => classOrder(a) - classOrder(b)),
    byKind: [...kinds].map(([kind, k]) => ({ kind, ...k })).sort((a, b) => a.kind.localeCompare(b.kind)),
    speakerByPronoun: [...byPronoun]
      .map(([sourceIsPronoun, s]) => ({ sourceIsPronoun, ...s }))
      .sort((a, b) => Number(a.sourceIsPronoun) - Number(b.sourceIsPronoun)),
    speakerErrors,
    missedExamples,
  }
}
