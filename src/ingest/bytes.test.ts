import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { completeUtf8Length, decodeUtf8, firstInvalidUtf8, sniffBytes } from './bytes.js'

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

describe('firstInvalidUtf8', () => {
  const cases: [string, number[], number][] = [
    ['valid ASCII', [0x61, 0x62], -1],
    ['valid multi-byte', [...Buffer.from('a€😀é')], -1],
    ['Latin-1 é', [0x63, 0x61, 0x66, 0xe9, 0x20], 3],
    ['stray continuation byte', [0x61, 0x80], 1],
    ['overlong encoding', [0xc0, 0xaf], 0],
    ['UTF-16 surrogate encoded', [0xed, 0xa0, 0x80], 0],
    ['truncated sequence', [0x61, 0xe2, 0x82], 1],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ]
  for (const [name, bytes, expected] of cases) {
    it(name, () => {
      const data = Uint8Array.from(bytes)
      assert.equal(firstInvalidUtf8(data), expected)
      assert.equal(decodeUtf8(data) === null, expected !== -1, 'agrees with TextDecoder')
    })
  }
})
