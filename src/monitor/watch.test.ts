import assert from 'node:assert/strict'
import { it } from 'node:test'
import type { FeedState } from './monitor-store.js'
import { dueAt } from './watch.js'

const state = (over: Partial<FeedState>): FeedState =>
  ({
    url: 'https://a.example/rss',
    name: null,
    settings: {},
    lastPolledAt: '2024-03-12T10:00:00.000Z',
    nextPollAt: '2024-03-12T10:15:00.000Z',
    lastStatus: 'ok',
    ...over,
  }) as FeedState

it('a feed is due at its next poll, brought forward by a shorter interval, kept when backing off', () => {
  const feed = { url: 'https://a.example/rss', name: null, settings: {} }
  const minutes = (m: number) => ({ intervalMs: m * 60_000 })
  assert.equal(dueAt(feed, null, minutes(15)), Number.NEGATIVE_INFINITY, 'a new feed is due at once')
  assert.equal(dueAt(feed, state({}), minutes(15)), Date.parse('2024-03-12T10:15:00.000Z'))
  assert.equal(dueAt(feed, state({}), minutes(1)), Date.parse('2024-03-12T10:01:00.000Z'))
  assert.equal(
    dueAt({ ...feed, settings: { interval: 120 } }, state({}), minutes(15)),
    Date.parse('2024-03-12T10:02:00.000Z'),
    "the feed's own interval wins",
  )
  assert.equal(
    dueAt(feed, state({ lastStatus: 'error', nextPollAt: '2024-03-12T11:00:00.000Z' }), minutes(1)),
    Date.parse('2024-03-12T11:00:00.000Z'),
  )
})
