import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import { createDoc } from '../src/doc/doc.js'
import { createExtractor } from '../src/extract.js'
import { defaultStages } from '../src/pipeline/default-stages.js'
import { createPipeline } from '../src/pipeline/pipeline.js'
import { toRecord } from '../src/record/to-record.js'
import type { BenchArticle } from './corpus.js'

export interface PassResult {
  readonly seconds: number
  readonly sentences: number
  readonly tokens: number
}

/** The floor: one bare wink-nlp pass (tokens, POS, sentences) over every text. */
export function floorPass(articles: readonly BenchArticle[]): PassResult {
  const nlp = winkNLP(model)
  const its = nlp.its
  let sentences = 0
  let tokens = 0
  const started = performance.now()
  for (const a of articles) {
    const doc = nlp.readDoc(a.text)
    tokens += doc.tokens().out(its.pos).length
    sentences += doc.sentences().length()
  }
  return { seconds: (performance.now() - started) / 1000, sentences, tokens }
}

/** The full extraction, record included, over every text. */
export function extractPass(articles: readonly BenchArticle[]): PassResult {
  const extractor = createExtractor()
  let sentences = 0
  let tokens = 0
  const started = performance.now()
  for (const a of articles) {
    const { doc } = extractor.extract(
      { text: a.text, meta: { id: a.id, date: a.date } },
      { includeText: false },
    )
    sentences += doc.layers.sentences?.length ?? 0
    tokens += doc.layers.tokens?.length ?? 0
  }
  return { seconds: (performance.now() - started) / 1000, sentences, tokens }
}

/** Milliseconds spent in each pipeline stage (and the record projection) over every text. */
export function profilePass(articles: readonly BenchArticle[]): Map<string, number> {
  const pipeline = createPipeline(defaultStages())
  const totals = new Map<string, number>()
  const add = (stage: string, ms: number) => totals.set(stage, (totals.get(stage) ?? 0) + ms)
  for (const a of articles) {
    const { doc } = pipeline.run(createDoc(a.text, { id: a.id, date: a.date }), { onStage: add })
    const started = performance.now()
    toRecord(doc, { includeText: false })
    add('(record)', performance.now() - started)
  }
  return totals
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024
}
