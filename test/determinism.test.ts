import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { createExtractor, type Extractor } from '../src/extract.js'
import { resetWink } from '../src/nlp/wink.js'
import type { ParleyRecord } from '../src/record/record.js'
import { type CorpusDoc, loadCorpus, REPO_ROOT } from './helpers/corpus.js'

/**
 * A record is a function of the document, the knowledge base and the version only: every sample and golden
 * article gives the same record extracted alone (fresh tokenizer state), in a batch, and after other articles
 * in another process (the CLI reading them from JSONL in reverse order).
 */
const corpus = await loadCorpus()
const dir = mkdtempSync(join(tmpdir(), 'parley-determinism-'))
after(() => rmSync(dir, { recursive: true, force: true }))

/** What one extraction produced: the record, and the tokens under it (offsets, POS, lemma). */
interface Outcome {
  readonly record: ParleyRecord
  readonly tokens: readonly string[]
}

function outcome(extractor: Extractor, doc: CorpusDoc): Outcome {
  const { record, doc: processed } = extractor.extract(doc)
  const t = processed.layers.tokens
  const tokens = t
    ? Array.from({ length: t.length }, (_, i) => `${t.start[i]}-${t.end[i]}/${t.pos[i]}/${t.lemma[i]}`)
    : []
  return { record, tokens }
}

function extractAlone(doc: CorpusDoc): Outcome {
  resetWink()
  return outcome(createExtractor(), doc)
}

/** Documents whose outcome differs from the one extracted alone, with what differs. */
function differingFromAlone(extractor: Extractor, alone: ReadonlyMap<string, Outcome>): string[] {
  const differing: string[] = []
  for (const doc of corpus) {
    const actual = outcome(extractor, doc)
    const expected = alone.get(doc.meta.id)!
    const firstToken = expected.tokens.findIndex((token, i) => actual.tokens[i] !== token)
    if (firstToken >= 0 || actual.tokens.length !== expected.tokens.length) {
      differing.push(
        `${doc.origin}: token ${firstToken} ${expected.tokens[firstToken]} alone vs ${actual.tokens[firstToken]}`,
      )
    } else if (JSON.stringify(actual.record) !== JSON.stringify(expected.record)) {
      differing.push(`${doc.origin}: ${difference(expected.record, actual.record)}`)
    }
  }
  return differing
}

/** The CLI's records for `docs`, fed as one JSONL file in the given order, by document id. */
function extractWithCli(docs: readonly CorpusDoc[]): Map<string, ParleyRecord> {
  const path = join(dir, 'corpus.jsonl')
  const lines = docs.map(({ text, meta }) =>
    JSON.stringify({
      id: meta.id,
      text,
      title: meta.title,
      date: meta.date,
      url: meta.url,
      source: meta.source,
    }),
  )
  writeFileSync(path, `${lines.join('\n')}\n`)
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli', 'main.ts'), 'extract', path, '--format', 'jsonl'],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const records = output
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ParleyRecord)
  return new Map(records.map((r) => [r.document.id, r]))
}

/** Which parts of two records of one document differ, with their sizes (enough to start looking). */
function difference(expected: ParleyRecord, actual: ParleyRecord): string {
  const parts = ['document', 'actors', 'places', 'quotes', 'events'] as const
  return parts
    .filter((part) => JSON.stringify(expected[part]) !== JSON.stringify(actual[part]))
    .map((part) => {
      const size = (r: ParleyRecord) => (part === 'document' ? '' : ` ${r[part].length}`)
      return `${part}${size(expected)} alone vs${size(actual)}`
    })
    .join(', ')
}

describe('extraction does not depend on what the process read before', () => {
  const alone = new Map(corpus.map((doc) => [doc.meta.id, extractAlone(doc)]))

  it('covers every sample and golden article', () => {
    assert.ok(corpus.length >= 30, `${corpus.length} documents`)
    assert.equal(alone.size, corpus.length, 'document ids are unique')
  })

  it('in a batch, each record (and its tokens) equals the one extracted alone', () => {
    resetWink()
    assert.deepEqual(differingFromAlone(createExtractor(), alone), [])
  })

  it('after the other articles, in reverse order in another process, each record equals the one alone', () => {
    const reversed = [...corpus].reverse()
    const byCli = extractWithCli(reversed)
    const differing: string[] = []
    for (const doc of corpus) {
      const record = byCli.get(doc.meta.id)
      const expected = alone.get(doc.meta.id)!.record
      if (!record) differing.push(`${doc.origin}: no record`)
      else if (JSON.stringify(record) !== JSON.stringify(expected)) {
        differing.push(`${doc.origin}: ${difference(expected, record)}`)
      }
    }
    assert.deepEqual(differing, [])
  })

  it('after a text ending sentences on every corpus word with an inner mark, records and tokens are unchanged', () => {
    // wink-nlp remembers unknown words; a word read at the end of a sentence ("the nation’s.") used to stay
    // whole in later documents. This text shows it every such word (possessives, hyphens, abbreviations) first.
    const words = new Set<string>()
    for (const doc of corpus)
      for (const [word] of doc.text.matchAll(/[\p{L}\p{N}]+(?:[’'.\-–][\p{L}\p{N}]+)+/gu)) words.add(word)
    const teacher = [...words].map((word) => `They said it was ${word}.`).join(' ')
    resetWink()
    const extractor = createExtractor()
    extractor.extract({ text: teacher, meta: { id: 'teacher' } })
    assert.ok(words.size > 100, `${words.size} words`)
    assert.deepEqual(differingFromAlone(extractor, alone), [])
  })

  it('a text seen twice in a row gives the same record both times', () => {
    resetWink()
    const extractor = createExtractor()
    for (const doc of corpus.slice(0, 5)) {
      assert.equal(
        JSON.stringify(extractor.extract(doc).record),
        JSON.stringify(extractor.extract(doc).record),
      )
    }
  })
})
