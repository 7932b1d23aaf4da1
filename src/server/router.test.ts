import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRouter, type Handler } from './router.js'

const noop: Handler = () => {}
const route = createRouter([
  { method: 'GET', pattern: '/api/events', handler: noop },
  { method: 'GET', pattern: '/api/documents/:id', handler: noop },
  { method: 'POST', pattern: '/api/documents', handler: noop },
])

test('routes match by segments, with decoded parameters', () => {
  assert.deepEqual(route('GET', '/api/events'), { kind: 'found', handler: noop, pathParams: {} })
  assert.deepEqual(route('GET', '/api/events/'), { kind: 'found', handler: noop, pathParams: {} })
  assert.deepEqual(route('GET', '/api/documents/a%2Fb%20c'), {
    kind: 'found',
    handler: noop,
    pathParams: { id: 'a/b c' },
  })
  assert.equal(route('HEAD', '/api/events').kind, 'found')
})

test('unknown paths are not found; known paths with another method say what is allowed', () => {
  assert.deepEqual(route('GET', '/api/event'), { kind: 'not-found' })
  assert.deepEqual(route('GET', '/api/documents/x/y'), { kind: 'not-found' })
  assert.deepEqual(route('GET', '/api/documents/%E0%A4%A'), { kind: 'not-found' })
  assert.deepEqual(route('DELETE', '/api/events'), { kind: 'wrong-method', allowed: ['GET'] })
  assert.deepEqual(route('GET', '/api/documents'), { kind: 'wrong-method', allowed: ['POST'] })
})
