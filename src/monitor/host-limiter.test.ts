import assert from 'node:assert/strict'
import { it } from 'node:test'
import { sleep } from './backoff.js'
import { createHostLimiter } from './host-limiter.js'

it('caps requests per host and overall, and spaces the starts on one host', async () => {
  const limiter = createHostLimiter({ perHost: 2, total: 3, intervalMs: 80 })
  const active = new Map<string, number>()
  let activeAll = 0
  let peakAll = 0
  const peak = new Map<string, number>()
  const starts = new Map<string, number[]>()
  const task = (host: string) =>
    limiter.run(host, async () => {
      active.set(host, (active.get(host) ?? 0) + 1)
      activeAll++
      peak.set(host, Math.max(peak.get(host) ?? 0, active.get(host)!))
      peakAll = Math.max(peakAll, activeAll)
      starts.set(host, [...(starts.get(host) ?? []), performance.now()])
      await sleep(200)
      active.set(host, active.get(host)! - 1)
      activeAll--
    })
  await Promise.all([
    ...Array.from({ length: 4 }, () => task('a.example')),
    ...Array.from({ length: 3 }, () => task('b.example')),
  ])
  assert.equal(peak.get('a.example'), 2)
  assert.ok(peakAll <= 3)
  const a = starts.get('a.example')!
  // the limiter spaces the releases 80 ms apart; a task body starts a little after its release, so a loaded
  // machine's scheduling jitter (up to 20 ms here) is allowed for
  for (let i = 1; i < a.length; i++)
    assert.ok(a[i]! - a[i - 1]! >= 60, `starts ${a[i]! - a[i - 1]!} ms apart`)
})

it('spaces a host further apart when asked (a robots.txt Crawl-delay), never closer than the default', async () => {
  const limiter = createHostLimiter({ perHost: 4, total: 4, intervalMs: 0 })
  limiter.setInterval('slow.example', 80)
  const starts: number[] = []
  await Promise.all(
    Array.from({ length: 3 }, () =>
      limiter.run('slow.example', async () => void starts.push(performance.now())),
    ),
  )
  assert.ok(starts[2]! - starts[0]! >= 150)
})
