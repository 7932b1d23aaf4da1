import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { readNewsSet, readStatusSet } from '../src/eval/eval-sets.js'
import { typeset } from '../src/eval/typeset.js'

const root = join(import.meta.dirname, '..', 'eval-data')

test('the status challenge set parses, in ASCII, with a typeset form that differs where marks are', () => {
  const items = readStatusSet(join(root, 'status', 'challenge.yaml'))
  assert.ok(items.length >= 80, `${items.length} items`)
  assert.ok(items.reduce((n, i) => n + i.expect.length, 0) >= 60)
  for (const item of items) {
    assert.match(item.text, /^[\x20-\x7e]+$/, `${item.id} is not plain ASCII`)
    assert.ok(item.covers.length > 0, `${item.id} covers nothing`)
    if (/['"]|--/.test(item.text)) assert.notEqual(typeset(item.text), item.text, item.id)
  }
  const contractions = items.filter((i) => /n't\b/.test(i.text))
  assert.ok(contractions.length >= 10, `${contractions.length} sentences with n't`)
})

test('the news set parses: every evidence is in its article, four eras, 150 to 400 words each', () => {
  const articles = readNewsSet(join(root, 'news'))
  assert.ok(articles.length >= 25, `${articles.length} articles`)
  assert.ok(new Set(articles.map((a) => a.era)).size >= 4)
  for (const a of articles) {
    const words = a.text.split(/\s+/).filter((w) => w !== '').length
    assert.ok(words >= 150 && words <= 400, `${a.id}: ${words} words`)
    assert.ok(a.events.filter((e) => !e.optional).length >= 4, `${a.id}: few events`)
    assert.ok(a.date.startsWith(a.id.slice(0, 4)), `${a.id}: date ${a.date}`)
  }
})
