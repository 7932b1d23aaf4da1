import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { byteLines } from './byte-lines.js'

async function linesOf(chunks: readonly string[], maxLineBytes = 100): Promise<(string | null)[]> {
  const lines: (string | null)[] = []
  for await (const { bytes } of byteLines(
    chunks.map((chunk) => Buffer.from(chunk)),
    maxLineBytes,
  )) {
    lines.push(bytes === null ? null : Buffer.from(bytes).toString())
  }
  return lines
}

describe('byteLines', () => {
  const cases: [string, string[], (string | null)[]][] = [
    ['splits on newlines', ['a\nb\nc\n'], ['a', 'b', 'c']],
    ['keeps a last line without newline', ['a\nb'], ['a', 'b']],
    ['joins a line split across chunks', ['ab', 'c\nd', 'e'], ['abc', 'de']],
    ['drops the CR of CRLF', ['a\r\nb\r\n'], ['a', 'b']],
    ['reports blank lines', ['\n\na\n'], ['', '', 'a']],
    ['skips an over-long line, then carries on', ['x'.repeat(60), 'x'.repeat(60), '\nok\n'], [null, 'ok']],
    ['an over-long line within one chunk', [`${'y'.repeat(150)}\nok`], [null, 'ok']],
    ['nothing at all', [], []],
  ]
  for (const [name, chunks, expected] of cases) {
    it(name, async () => assert.deepEqual(await linesOf(chunks), expected))
  }

  it('numbers lines from 1, counting blank ones', async () => {
    const numbers: number[] = []
    for await (const { line } of byteLines([Buffer.from('a\n\nb\n')], 10)) numbers.push(line)
    assert.deepEqual(numbers, [1, 2, 3])
  })
})
