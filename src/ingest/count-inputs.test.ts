import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { countInputDocuments } from './count-inputs.js'
import { readInputs } from './read-inputs.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-count-'))
after(() => rmSync(dir, { recursive: true, force: true }))

async function itemsOf(inputs: readonly string[]): Promise<number> {
  let n = 0
  for await (const _ of readInputs(inputs)) n++
  return n
}

describe('countInputDocuments: the total a progress line shows', () => {
  it('counts what readInputs yields: files, non-blank JSONL lines, errors', async () => {
    mkdirSync(join(dir, 'corpus', 'deeper'), { recursive: true })
    writeFileSync(join(dir, 'corpus', 'a.txt'), 'Lavrov met Blinken.')
    writeFileSync(join(dir, 'corpus', 'deeper', 'b.html'), '<p>Talks resumed.</p>')
    writeFileSync(join(dir, 'corpus', 'notes.md'), 'skipped')
    writeFileSync(
      join(dir, 'corpus', 'feed.jsonl'),
      '{"id":"1","text":"One."}\n\n   \n{"id":"2","text":"Two."}\r\n{"id":"3","text":"Three."}',
    )
    writeFileSync(join(dir, 'blank.jsonl'), '\n \n')
    mkdirSync(join(dir, 'empty'))
    const inputs = [
      join(dir, 'corpus'),
      join(dir, 'blank.jsonl'),
      join(dir, 'empty'),
      join(dir, 'missing.txt'),
    ]
    assert.equal(await countInputDocuments(inputs), 8)
    assert.equal(await countInputDocuments(inputs), await itemsOf(inputs))
  })

  it('is unknown for stdin', async () => {
    assert.equal(await countInputDocuments(['-']), null)
  })
})
