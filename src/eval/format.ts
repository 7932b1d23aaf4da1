import type { ActorScore, ActorTally } from './actors.js'
import type { EventScore } from './events.js'
import { ratio } from './metrics.js'
import type { NewsScore } from './news.js'
import type { QuoteExample, QuoteScore } from './quotes.js'
import type { SeedScore } from './seed.js'
import type { StatusFormScore } from './status.js'
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

export function formatStatusScore(scores: readonly StatusFormScore[], options: FormatOptions = {}): string {
  const out: string[] = []
  const first = scores[0]
  if (!first) return 'Status challenge: no forms scored'
  out.push(
    `Status challenge: ${first.items} items, ${first.expected} expected events, ${first.forbidden} forbidden events, per form`,
  )
  out.push(
    formatTable(
      ['form', 'expected found', 'forbidden produced', 'found (type+status only)'],
      scores.map((s) => [
        s.form,
        `${s.found}/${s.expected}`,
        `${s.produced}/${s.forbidden}`,
        `${s.foundTypeStatus}/${s.expected}`,
      ]),
    ),
  )
  out.push('', 'By construction (found/expected, produced/forbidden), per form:')
  const covers = first.byCover.map((c) => c.cover)
  out.push(
    formatTable(
      ['covers', ...scores.flatMap((s) => [`${s.form} found`, `${s.form} produced`])],
      covers.map((cover) => [
        cover,
        ...scores.flatMap((s) => {
          const r = s.byCover.find((c) => c.cover === cover)
          return r ? [`${r.found}/${r.expected}`, `${r.produced}/${r.forbidden}`] : ['-', '-']
        }),
      ]),
    ),
  )
  for (const s of scores) {
    if (options.verbose) {
      out.push('', `${s.form}: expected events not found (${s.misses.length}):`)
      for (const m of s.misses)
        out.push(`  ${m.item}: ${m.spec}; predicted ${m.predicted.join('; ') || 'nothing'}`)
      out.push(`${s.form}: forbidden events produced (${s.violations.length}):`)
      for (const v of s.violations) out.push(`  ${v.item}: ${v.spec}; predicted ${v.predicted.join('; ')}`)
    }
  }
  if (!options.verbose) out.push('(--verbose lists the misses and the forbidden events produced)')
  return out.join('\n')
}

export function formatNewsScore(score: NewsScore, options: FormatOptions = {}): string {
  const out: string[] = []
  out.push(
    `News set: ${score.articles} articles, ${score.required} required events (optional ones count for precision only)`,
  )
  if (score.missingRecords > 0) out.push(`  ${score.missingRecords} articles have no predicted record`)
  out.push(
    formatTable(
      ['asserted precision', 'type+status recall', 'parties recall', 'date right', 'forbidden produced'],
      [
        [
          `${fmt3(score.precision)} (${score.correct}/${score.predicted})`,
          `${fmt3(score.typeStatusRecall)} (${score.typeStatusFound}/${score.required})`,
          `${fmt3(score.partiesRecall)} (${score.partiesFound}/${score.withParties})`,
          `${score.dateFound}/${score.withDate}`,
          `${score.produced}/${score.forbidden}`,
        ],
      ],
    ),
  )
  const rows = (list: NewsScore['byStatus']) =>
    list.map((r) => [
      r.key,
      r.required,
      r.required === 0 ? '-' : fmt3(r.typeStatusFound / r.required),
      r.predicted,
      r.predicted === 0 ? '-' : fmt3(r.correct / r.predicted),
    ])
  out.push('', 'Per status of the annotated event (recall) and of asserted predictions (precision):')
  out.push(formatTable(['status', 'required', 'recall', 'asserted pred', 'P'], rows(score.byStatus)))
  out.push('', 'Per era:')
  out.push(formatTable(['era', 'required', 'recall', 'asserted pred', 'P'], rows(score.byEra)))
  if (options.verbose) {
    out.push('', `Required events not found with their type and status (${score.misses.length}):`)
    for (const m of score.misses)
      out.push(
        `  ${m.article}: ${m.spec} “${m.evidence}”; in that sentence: ${m.predicted.join('; ') || 'nothing'}`,
      )
    out.push('', `Asserted events that stand for no annotated event (${score.wrong.length}):`)
    for (const w of score.wrong) out.push(`  ${w.article}: ${w.spec} — ${w.evidence}`)
    out.push('', `Forbidden events produced (${score.violations.length}):`)
    for (const v of score.violations)
      out.push(`  ${v.article}: ${v.spec} “${v.evidence ?? ''}”: ${v.predicted.join('; ')}`)
  } else {
    out.push('(--verbose lists misses, wrong asserted events and forbidden events produced)')
  }
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
