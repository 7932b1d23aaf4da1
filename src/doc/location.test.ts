import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { locator } from './location.js'

describe('locator', () => {
  it('gives 1-based lines and columns across \\n, \\r\\n and \\r breaks', () => {
    const at = locator('ab\ncd\r\nef\rg')
    assert.deepEqual(at(0), { line: 1, column: 1 })
    assert.deepEqual(at(1), { line: 1, column: 2 })
    assert.deepEqual(at(3), { line: 2, column: 1 })
    assert.deepEqual(at(7), { line: 3, column: 1 })
    assert.deepEqual(at(10), { line: 4, column: 1 })
  })
})
