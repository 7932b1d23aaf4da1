/**
 * `npm run eval [-- --split train] [--verbose] [--only quotes|events|seed|status|news|actors|petr]`: runs
 * extraction over the evaluation data in ../shared/eval and the seed article, and over the sets kept in eval-data/
 * (the status challenge, in plain and typeset form, the news set and the actor cases), writes the predictions to
 * .eval/*.jsonl and prints the scores. The parts that read ../shared are skipped when it is absent, as on a fresh
 * clone. `--petr FILE` also scores PETRARCH-2-style coded sentences (JSONL, src/eval/petr-sentences.ts); with
 * `--only petr`, only them.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { parseActorCases, scoreActorCases, scoreActorPredictions } from '../src/eval/actors.js'
import { worldAnswerForSpan } from '../src/eval/actors-world.js'
import { readNewsSet, readStatusSet } from '../src/eval/eval-sets.js'
import { scoreEvents } from '../src/eval/events.js'
import {
  formatActorScore,
  formatEventScore,
  formatNewsScore,
  formatQuoteScore,
  formatSeedScore,
  formatStatusScore,
} from '../src/eval/format.js'
import { parsePloverGold, parsePolnearGold } from '../src/eval/gold.js'
import { isObject, readJsonl } from '../src/eval/jsonl.js'
import { scoreNews } from '../src/eval/news.js'
import { parsePetrSentences } from '../src/eval/petr-sentences.js'
import { emptyRecord } from '../src/eval/predictions.js'
import { scoreQuotes } from '../src/eval/quotes.js'
import { parseSeedExpected, scoreSeed } from '../src/eval/seed.js'
import { scoreStatusForm } from '../src/eval/status.js'
import { typeset } from '../src/eval/typeset.js'
import { createExtractor, type Extractor } from '../src/extract.js'
import { loadWorldKnowledge } from '../src/knowledge/world/world-knowledge.js'
import type { ErrorRecord, ParleyRecord } from '../src/record/record.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(root, '..', 'shared')
const outDir = join(root, '.eval')
const evalData = join(root, 'eval-data')
const actorCasesPath = join(evalData, 'actors', 'cases.jsonl')
const PARTS = ['quotes', 'events', 'seed', 'status', 'news', 'actors', 'petr'] as const
/** Parts that read ../shared. */
const SHARED_PARTS: ReadonlySet<string> = new Set(['quotes', 'events', 'seed'])

interface InputArticle {
  readonly id: string
  readonly date: string | null
  readonly title: string | null
  readonly text: string
}

function readInputs(path: string): InputArticle[] {
  return readJsonl(path).lines.flatMap(({ value }) => {
    if (!isObject(value) || typeof value.id !== 'string' || typeof value.text !== 'string') return []
    return [
      {
        id: value.id,
        text: value.text,
        date: typeof value.date === 'string' ? value.date : null,
        title: typeof value.title === 'string' ? value.title : null,
      },
    ]
  })
}

/** Extracts every article, writes one record per line to `outPath` and returns the records by id. */
async function extractAll(
  extractor: Extractor,
  articles: readonly InputArticle[],
  outPath: string,
  includeText = false,
): Promise<Map<string, ParleyRecord>> {
  const records = new Map<string, ParleyRecord>()
  const out = createWriteStream(outPath)
  const started = performance.now()
  let failed = 0
  let firstFailure: string | null = null
  for (const a of articles) {
    let line: ParleyRecord | ErrorRecord
    try {
      const { record, ok, diagnostics } = extractor.extract(
        { text: a.text, meta: { id: a.id, date: a.date, title: a.title } },
        { includeText },
      )
      records.set(a.id, record)
      line = record
      if (!ok) {
        failed++
        firstFailure ??= `${a.id}: ${diagnostics.find((d) => d.severity === 'fatal')?.message ?? 'failed'}`
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      line = { document: { id: a.id }, error: message }
      records.set(a.id, emptyRecord(a.id))
      failed++
      firstFailure ??= `${a.id}: ${message}`
    }
    out.write(`${JSON.stringify(line)}\n`)
  }
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())))
  const seconds = (performance.now() - started) / 1000
  console.log(`extracted ${articles.length} articles in ${seconds.toFixed(1)} s → ${outPath}`)
  if (failed > 0) console.log(`  ${failed} failed (scored as they came out); first: ${firstFailure}`)
  return records
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'dev' },
      verbose: { type: 'boolean', default: false },
      only: { type: 'string' },
      petr: { type: 'string' },
    },
    strict: true,
  })
  if (values.split !== 'dev' && values.split !== 'train') {
    console.error(`--split must be dev or train, not "${values.split}"`)
    return 2
  }
  if (values.only !== undefined && !(PARTS as readonly string[]).includes(values.only)) {
    console.error(`--only must be one of ${PARTS.join(', ')}, not "${values.only}"`)
    return 2
  }
  const hasShared = existsSync(shared)
  if (!hasShared && (values.only === undefined || SHARED_PARTS.has(values.only)))
    console.log(
      `${shared} is absent: PolNeAR, PLOVER and seed scores skipped (that data is not in the repository)`,
    )
  const wanted = (part: string) =>
    (values.only === undefined || values.only === part) && (hasShared || !SHARED_PARTS.has(part))
  mkdirSync(outDir, { recursive: true })
  const extractor = createExtractor()
  const verbose = values.verbose
  const summaries: Record<string, unknown> = {}

  if (wanted('quotes')) {
    const dir = join(shared, 'eval', 'polnear')
    const inputs = readInputs(join(dir, `${values.split}.input.jsonl`))
    console.log(`\n== PolNeAR ${values.split}: quotes ==`)
    const records = await extractAll(extractor, inputs, join(outDir, `polnear-${values.split}.jsonl`))
    const gold = parsePolnearGold(readJsonl(join(dir, `${values.split}.jsonl`)))
    const score = scoreQuotes(gold, records)
    const { speakerErrors, missedExamples, ...summary } = score
    summaries[`quotes-${values.split}`] = summary
    console.log(formatQuoteScore(score, { verbose }))
  }
  if (wanted('events')) {
    const dir = join(shared, 'eval', 'plover-gsr')
    console.log('\n== PLOVER gold-standard records: events ==')
    const records = await extractAll(
      extractor,
      readInputs(join(dir, 'input.jsonl')),
      join(outDir, 'plover-gsr.jsonl'),
    )
    const gold = parsePloverGold(readJsonl(join(dir, 'gold.jsonl')))
    const score = scoreEvents(gold, records)
    const { misses, ...summary } = score
    summaries.events = summary
    console.log(formatEventScore(score, { verbose }))
  }
  if (wanted('seed')) {
    const dir = join(shared, 'seed')
    const expected = parseSeedExpected(
      JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as unknown,
    )
    const id = expected.doc ?? 'seed'
    const article: InputArticle = {
      id,
      date: expected.date ?? '2022-07-10',
      title: null,
      text: readFileSync(join(dir, 'g20-bali.txt'), 'utf8'),
    }
    console.log('\n== Seed article (g20-bali) ==')
    const records = await extractAll(extractor, [article], join(outDir, 'seed.jsonl'), true)
    const score = scoreSeed(expected, records.get(id) ?? emptyRecord(id))
    summaries.seed = score
    console.log(formatSeedScore(score))
  }
  if (wanted('status')) {
    const items = readStatusSet(join(evalData, 'status', 'challenge.yaml'))
    console.log('\n== Status challenge (eval-data/status) ==')
    const scores = []
    for (const form of ['plain', 'typeset'] as const) {
      const inputs = items.map((item) => ({
        id: item.id,
        date: item.date,
        title: null,
        text: form === 'plain' ? item.text : typeset(item.text),
      }))
      const records = await extractAll(extractor, inputs, join(outDir, `status-${form}.jsonl`))
      scores.push(scoreStatusForm(form, items, records))
    }
    summaries.status = scores.map(({ misses, violations, ...summary }) => summary)
    console.log(formatStatusScore(scores, { verbose }))
  }
  if (wanted('news')) {
    const articles = readNewsSet(join(evalData, 'news'))
    console.log('\n== News set (eval-data/news) ==')
    const inputs = articles.map((a) => ({ id: a.id, date: a.date, title: a.title, text: a.text }))
    const records = await extractAll(extractor, inputs, join(outDir, 'news.jsonl'), true)
    const score = scoreNews(articles, records)
    const { misses, wrong, violations, ...summary } = score
    summaries.news = summary
    console.log(formatNewsScore(score, { verbose }))
  }
  if (values.petr !== undefined && (values.only === undefined || values.only === 'petr')) {
    if (!existsSync(values.petr)) {
      console.error(`--petr: no such file: ${values.petr}`)
      return 2
    }
    const sentences = parsePetrSentences(readJsonl(values.petr), values.petr)
    console.log(`\n== PETRARCH-2-style sentences (${values.petr}) ==`)
    const inputs = sentences.inputs.map((i) => ({ ...i, title: null }))
    const records = await extractAll(extractor, inputs, join(outDir, 'petr-sentences.jsonl'))
    const score = scoreEvents(sentences.gold, records, sentences.noEvent)
    const { misses, ...summary } = score
    summaries.petr = { ...summary, noEventSentences: sentences.noEvent.length, unmapped: sentences.unmapped }
    console.log(
      `${sentences.noEvent.length} sentences without a PLOVER event; ${sentences.unmapped} gold codings without a PLOVER mapping`,
    )
    console.log(formatEventScore(score, { verbose }))
  }
  if (wanted('actors')) {
    console.log('\n== Actor cases (eval-data/actors) ==')
    const { cases, problems } = parseActorCases(readJsonl(actorCasesPath))
    for (const p of problems) console.log(`  ${actorCasesPath}:${p.line}: ${p.message}`)
    const articles = cases.map((c) => ({ id: c.id, date: c.date, title: null, text: c.text }))
    const records = await extractAll(extractor, articles, join(outDir, 'actors.jsonl'))
    const score = scoreActorCases(cases, records)
    const { misses, ...summary } = score
    summaries.actors = summary
    console.log(formatActorScore(score, { verbose }))
    console.log('\n-- the world knowledge base alone on the gold spans (data coverage, not extraction) --')
    const world = loadWorldKnowledge()
    const kb = scoreActorPredictions(cases, (c) => {
      const a = worldAnswerForSpan(world, c)
      return { caseId: c.id, actor: { name: c.actor, mention: c.actor }, ...a }
    })
    const { misses: kbMisses, ...kbSummary } = kb
    summaries.actorsWorldKb = kbSummary
    console.log(formatActorScore(kb, { verbose }))
  }
  const summaryPath = join(outDir, 'scores.json')
  writeFileSync(summaryPath, `${JSON.stringify(summaries, null, 2)}\n`)
  console.log(`\nscores written to ${summaryPath}`)
  return 0
}

process.exitCode = await main()
