import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { parseQuotesArgs, type QuoteListing, runQuotesCommand, speakerMatches } from './quotes.js'

const ARTICLE = [
  'Flood waters reached the old town of Varnsdorf on Monday.',
  '“The dam held for two nights, and then it simply gave way,” said Piet Varga, the town’s harbour master.',
  '“We moved the boats, but nobody could move the houses,” Mayor Ona Brik told reporters.',
  'Brik said the town would need help from the capital before winter.',
].join('\n\n')

let dir = ''
let file = ''

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-quotes-'))
  file = join(dir, 'flood.txt')
  writeFileSync(file, ARTICLE)
})
after(() => rmSync(dir, { recursive: true, force: true }))

async function run(args: string[]) {
  const chunks: string[] = []
  const errors: string[] = []
  const code = await runQuotesCommand(args, {
    out: (c) => {
      chunks.push(c)
    },
    err: (l) => errors.push(l),
    width: 100,
  })
  return { code, out: chunks.join(''), errors }
}

describe('parley quotes', () => {
  it('lists speaker, cue and quotation as a table', async () => {
    const { code, out } = await run([file])
    assert.equal(code, 0)
    assert.match(out, /flood\.txt — \d+ quotations/)
    assert.match(out, /Varga\s+said\s+“The dam held/)
    assert.match(out, /Brik\s+told reporters\s+“We moved the boats/)
  })

  it('filters by speaker', async () => {
    const { out } = await run([file, '--speaker', 'varga'])
    assert.match(out, /The dam held/)
    assert.doesNotMatch(out, /We moved the boats/)
  })

  it('prints JSON listings', async () => {
    const { code, out } = await run([file, '--format', 'json'])
    assert.equal(code, 0)
    const listings = JSON.parse(out) as QuoteListing[]
    const direct = listings.filter((q) => q.kind === 'direct')
    assert.ok(direct.length >= 2)
    for (const q of listings) {
      for (const s of q.spans) assert.ok(s.start < s.end && s.end <= ARTICLE.length)
    }
    assert.ok(listings.some((q) => q.cue === 'told reporters' && q.text.startsWith('We moved the boats')))
  })

  it('rejects bad arguments', () => {
    assert.throws(() => parseQuotesArgs([]), /no input/)
    assert.throws(() => parseQuotesArgs([file, '--format', 'xml']), /--format/)
    assert.throws(() => parseQuotesArgs([join(dir, 'missing.txt')]), /no such file/)
  })

  it('matches every word of the wanted name', () => {
    const listing = {
      document: 'd',
      id: 'q0',
      kind: 'direct',
      speaker: 'Ona Brik',
      speakerActor: 'c1',
      speakerMention: 'Mayor Ona Brik',
      cue: 'said',
      text: '…',
      spans: [],
    } satisfies QuoteListing
    assert.equal(speakerMatches(listing, 'brik'), true)
    assert.equal(speakerMatches(listing, 'Ona Brik'), true)
    assert.equal(speakerMatches(listing, 'Piet Brik'), false)
  })
})
