import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { event, quote, record } from '../../test/helpers/records.js'
import { runEvalCommand } from './eval.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-eval-'))
after(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, lines: unknown[]): string {
  const path = join(dir, name)
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n'))
  return path
}

async function run(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runEvalCommand(args, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const polnear = file('polnear.jsonl', [
  {
    id: 'd1',
    annotator: 'x',
    text: 'irrelevant',
    attributions: [
      {
        id: 'E1',
        source: { spans: [[30, 33]], text: 'Ann' },
        cue: { spans: [[34, 38]], text: 'said' },
        content: { spans: [[0, 20]], text: 'twenty characters...' },
        quoted: true,
        source_is_pronoun: false,
      },
    ],
  },
])
const records = file('pred.jsonl', [
  record('d1', {
    quotes: [
      quote('q0', [[0, 20]], { speaker: { actor: null, mention: { start: 30, end: 33, text: 'Ann' } } }),
    ],
  }),
  { document: { id: 'd2' }, error: 'empty input' },
])

test('eval quotes prints a table and --json prints the score object', async () => {
  const text = await run(['quotes', '--gold', polnear, '--pred', records])
  assert.equal(text.code, 0, text.err)
  assert.match(text.out, /quoted\s+30\.0%\s+1\/1/)
  const json = await run(['quotes', '--gold', polnear, '--pred', records, '--json'])
  const score = JSON.parse(json.out) as { views: { view: string; f1: number; speakerAccuracy: number }[] }
  assert.equal(score.views[0]?.f1, 1)
  assert.equal(score.views[0]?.speakerAccuracy, 1)
})

test('eval events scores a PLOVER gold file', async () => {
  const gold = file('plover.jsonl', [
    { id: 'd2', text: 'x', event: 'AGREE', mode: null, source: ['JOR'], target: [] },
  ])
  const pred = file('pred-events.jsonl', [record('d2', { events: [event('e0', 'AGREE')] })])
  const result = await run(['events', '--gold', gold, '--pred', pred])
  assert.equal(result.code, 0, result.err)
  assert.match(result.out, /1\.000 \(1\)\s+0\.000 \(0\)/)
})

test('eval seed accepts a single JSON record', async () => {
  const expected = join(dir, 'expected.json')
  writeFileSync(expected, JSON.stringify({ doc: 'other', quotes: [{ key: 'Hello there', speaker: null }] }))
  const pred = join(dir, 'seed.json')
  writeFileSync(
    pred,
    JSON.stringify(record('s', { quotes: [quote('q0', [[1, 12]])] }, '“Hello there.”'), null, 2),
  )
  const result = await run(['seed', '--expected', expected, '--pred', pred])
  assert.equal(result.code, 0, result.err)
  assert.match(result.out, /\[x\] “Hello there…”/)
})

test('usage errors exit with code 2', async () => {
  const cases: string[][] = [
    [],
    ['nonsense'],
    ['quotes', '--gold', polnear],
    ['quotes', '--gold', polnear, '--pred', join(dir, 'missing.jsonl')],
    ['events', '--gold', polnear, '--pred', records, '--bogus'],
  ]
  for (const args of cases) {
    const result = await run(args)
    assert.equal(result.code, 2, args.join(' '))
    assert.match(result.err, /usage:/)
  }
})

test('a gold file of the wrong kind is an error, not a crash', async () => {
  const result = await run(['events', '--gold', polnear, '--pred', records])
  assert.equal(result.code, 1)
  assert.match(result.err, /not a PLOVER gold line/)
})
