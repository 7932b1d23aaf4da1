import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { completeUtf8Length, decodeUtf8, sniffBytes } from './bytes.js'

describe('sniffBytes', () => {
  it('flags NUL bytes and a high share of control bytes, but not text', () => {
    assert.equal(sniffBytes(Buffer.from('plain text\n\twith tabs\r\n')), null)
    assert.equal(sniffBytes(Buffer.from([0x41, 0x00, 0x42])), 'binary')
    assert.equal(sniffBytes(Buffer.from('ab\x01\x02\x03\x04cd')), 'binary')
    assert.equal(sniffBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00])), 'utf16')
  })
})

describe('completeUtf8Length', () => {
  const euro = Buffer.from('a€', 'utf8') // 61 e2 82 ac
  const cases: [Uint8Array, number][] = [
    [euro, 4],
    [euro.subarray(0, 3), 1],
    [euro.subarray(0, 2), 1],
    [Buffer.from('abc'), 3],
    [Buffer.from('a😀').subarray(0, 4), 1],
  ]
  for (const [bytes, expected] of cases) {
    it(`${Buffer.from(bytes).toString('hex')} → ${expected}`, () =>
      assert.equal(completeUtf8Length(bytes), expected))
  }
})

describe('decodeUtf8', () => {
  it('strips a BOM and refuses invalid UTF-8', () => {
    assert.equal(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69])), 'hi')
    assert.equal(decodeUtf8(Buffer.from([0x63, 0x61, 0x66, 0xe9])), null)
  })
})
