import type { ActorScore, ActorTally } from './actors.js'
import type { EventScore } from './events.js'
import { ratio } from './metrics.js'
import type { QuoteExample, QuoteScore } from './quotes.js'
import type { SeedScore } from './seed.js'
import { fmt3, formatTable, pct } from './table.js'

export interface FormatOptions {
  readonly verbose?: boolean
}

const exampleLine = (e: QuoteExample) =>
  `  ${e.document}${e.annotator ? ` [${e.annotator}]` : ''}: “${e.content}” gold=${e.goldSource ?? '-'} pred=${e.predictedMention ?? '-'}${e.predictedActor ? ` (${e.predictedActor})` : ''}`

export function formatQuoteScore(score: QuoteScore, options: FormatOptions = {}): string {
  const out: string[] = []
  out.push(
    `Quotes: ${score.goldLines} gold lines over ${score.articles} articles (counts pooled over lines: an article with several annotators counts once per annotator)`,
  )
  if (score.missingRecords.length > 0) {
    out.push(`  ${score.missingRecords.length} gold articles have no predicted record (scored as empty)`)
  }
  out.push(
    formatTable(
      ['view', 'coverage', 'found/gold', 'correct/pred', 'P', 'R', 'F1', 'speaker'],
      score.views.map((v) => [
        v.view,
        pct(v.coverage),
        `${v.found}/${v.gold}`,
        `${v.correct}/${v.predicted}`,
        fmt3(v.precision),
        fmt3(v.recall),
        fmt3(v.f1),
        `${fmt3(v.speakerAccuracy)} (${v.speakerRight}/${v.speakerJudged})`,
      ]),
    ),
  )
  out.push('  quoted: recall over gold with quote marks, precision over predicted direct/mixed quotes')
  out.push('  speaker: over found attributions whose gold has a source')
  out.push('')
  out.push('Recall and speaker accuracy by class of gold attribution (view all, lowest coverage):')
  out.push(
    formatTable(
      ['dimension', 'value', 'gold', 'missed', 'recall', 'speaker'],
      score.classes.map((c) => [
        c.dimension,
        c.value,
        c.gold,
        c.gold - c.found,
        fmt3(c.gold === 0 ? 0 : c.found / c.gold),
        c.judged === 0 ? '-' : `${fmt3(c.right / c.judged)} (${c.right}/${c.judged})`,
      ]),
    ),
  )
  out.push('')
  out.push('Predicted quotes by kind (view all, lowest coverage):')
  out.push(
    formatTable(
      ['kind', 'predicted', 'matched', 'precision'],
      score.byKind.map((k) => [
        k.kind,
        k.predicted,
        k.correct,
        fmt3(k.predicted === 0 ? 0 : k.correct / k.predicted),
      ]),
    ),
  )
  if (options.verbose) {
    out.push('', `Wrong speakers (${score.speakerErrors.length}):`, ...score.speakerErrors.map(exampleLine))
    out.push(
      '',
      `Missed attributions (${score.missedExamples.length}):`,
      ...score.missedExamples.map(exampleLine),
    )
  } else if (score.speakerErrors.length > 0) {
    out.push(
      `(${score.speakerErrors.length} wrong speakers, ${score.missedExamples.length} missed: --verbose lists them)`,
    )
  }
  return out.join('\n')
}

export function formatEventScore(score: EventScore, options: FormatOptions = {}): string {
  const out: string[] = []
  out.push(
    `Events: ${score.goldEvents} gold events over ${score.sentences} sentences (recall per gold event)`,
  )
  if (score.missingRecords.length > 0) {
    out.push(`  ${score.missingRecords.length} sentences have no predicted record (scored as empty)`)
  }
  out.push(
    formatTable(
      ['type recall', 'dyad recall', 'precision', 'F1 (type)', 'asserted correct/pred'],
      [
        [
          `${fmt3(score.typeRecall)} (${score.typeFound})`,
          `${fmt3(score.dyadRecall)} (${score.dyadFound})`,
          fmt3(score.precision),
          fmt3(score.f1),
          `${score.correct}/${score.predicted}`,
        ],
      ],
    ),
  )
  out.push('', 'Per type:')
  out.push(
    formatTable(
      ['type', 'gold', 'type R', 'dyad R', 'pred', 'P'],
      score.byType.map((t) => [
        t.type,
        t.gold,
        fmt3(t.gold === 0 ? 0 : t.typeFound / t.gold),
        fmt3(t.gold === 0 ? 0 : t.dyadFound / t.gold),
        t.predicted,
        t.predicted === 0 ? '-' : fmt3(t.correct / t.predicted),
      ]),
    ),
  )
  if (options.verbose) {
    out.push('', `Sentences without an agreeing event (${score.misses.length}):`)
    for (const m of score.misses) {
      out.push(`  ${m.id}: gold ${m.gold}; predicted ${m.predicted.join('; ') || 'nothing'}`)
      out.push(`    ${m.text.trim().slice(0, 160)}`)
    }
  }
  return out.join('\n')
}

export function formatSeedScore(score: SeedScore): string {
  const out: string[] = []
  const section = (name: string, key: SeedScore['checks'][number]['section']) => {
    const checks = score.checks.filter((c) => c.section === key)
    if (checks.length === 0) return
    out.push(`${name}:`)
    for (const c of checks) out.push(`  [${c.ok ? 'x' : ' '}] ${c.label}  — ${c.detail}`)
  }
  section('Direct quotes', 'quote')
  section('Not quotations', 'not-quote')
  section('Indirect quotes', 'indirect')
  section('Contacts', 'contact')
  section('Other events', 'event')
  section('Actors', 'actor')
  section('Places', 'place')
  out.push('')
  out.push(
    formatTable(
      ['item', 'result'],
      [
        ['quotes found', `${score.quotes.found}/${score.quotes.expected}`],
        ['quotes with right speaker', `${score.quotes.rightSpeaker}/${score.quotes.expected}`],
        ['non-quotes without speaker', `${score.notQuotes.clean}/${score.notQuotes.expected}`],
        [
          'indirect found / right speaker',
          `${score.indirect.found}/${score.indirect.rightSpeaker}/${score.indirect.expected}`,
        ],
        ['contacts found', `${score.contacts.found}/${score.contacts.expected}`],
        ['other events found', `${score.events.found}/${score.events.expected}`],
        ['actors found (country, sector)', `${score.actors.found}/${score.actors.expected}`],
        ['places found (country)', `${score.places.found}/${score.places.expected}`],
        ['hypothetical coded as asserted', score.hypotheticalAsAsserted],
        ['negated coded as asserted', score.negatedAsAsserted],
      ],
      { align: ['left', 'right'] },
    ),
  )
  return out.join('\n')
}

const tallyCells = (t: ActorTally) => [
  t.cases,
  `${t.found}/${t.cases}`,
  fmt3(ratio(t.country, t.cases)),
  fmt3(ratio(t.sector, t.cases)),
  fmt3(ratio(t.both, t.cases)),
]

export function formatActorScore(score: ActorScore, options: FormatOptions = {}): string {
  const out: string[] = []
  out.push(
    `Actor cases: ${score.total.cases}; country ${fmt3(score.countryAccuracy)}, sector ${fmt3(score.sectorAccuracy)}, both ${fmt3(score.bothAccuracy)}; an actor over the span in ${pct(score.foundRate)}`,
  )
  out.push(
    formatTable(
      ['category', 'cases', 'found', 'country', 'sector', 'both'],
      [...score.byCategory.map((c) => [c.category, ...tallyCells(c)]), ['all', ...tallyCells(score.total)]],
    ),
  )
  out.push('  PLOVER terms: record MED → JRN, HLH → MED, IGO/NGO sectors → international country names')
  if (options.verbose) {
    out.push('', 'Misses (gold → predicted):')
    for (const m of score.misses) {
      const p = m.prediction
      out.push(
        `  ${m.case.id} [${m.case.category}] “${m.case.actor}” ${m.case.country ?? '-'}/${m.case.sector ?? '-'} → ${p.country ?? '-'}/${p.sector ?? '-'}${p.actor ? ` (${p.actor.name} via “${p.actor.mention}”)` : ' (no actor)'}${m.countryRight ? '' : ' country'}${m.sectorRight ? '' : ' sector'}`,
      )
    }
  }
  return out.join('\n')
}
