import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hostName } from '../server/server.js'
import { UsageError } from './io.js'
import { parseServeArgs } from './serve.js'

test('serve options: defaults, flags and the token from the environment', () => {
  assert.deepEqual(parseServeArgs([], {}), { db: './parley.db', port: 8080, host: '127.0.0.1', token: null })
  assert.deepEqual(
    parseServeArgs(['--db', 'x.db', '--port', '0', '--host', '0.0.0.0'], { PARLEY_TOKEN: 'k'.repeat(20) }),
    {
      db: 'x.db',
      port: 0,
      host: '0.0.0.0',
      token: 'k'.repeat(20),
    },
  )
  assert.equal(parseServeArgs([], { PARLEY_DB: 'env.db' }).db, 'env.db')
})

const BAD: readonly (readonly string[])[] = [
  ['--port', '99999'],
  ['--port', 'http'],
  ['--token', 'short'],
  ['extra'],
]
for (const args of BAD) {
  test(`serve refuses ${args.join(' ')}`, () => {
    assert.throws(() => parseServeArgs(args, {}), UsageError)
  })
}

test('host names are read from the Host header without the port', () => {
  assert.equal(hostName('LocalHost:8080'), 'localhost')
  assert.equal(hostName('[::1]:80'), '[::1]')
  assert.equal(hostName('127.0.0.1'), '127.0.0.1')
  assert.equal(hostName(undefined), '')
})
