import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, it } from 'node:test'
import { runAlertsCommand } from './alerts.js'
import { runFeedsCommand } from './feeds.js'
import { UsageError } from './io.js'
import { parseWatchArgs } from './watch.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-watch-cli-'))
after(() => rmSync(dir, { recursive: true, force: true }))

it('reads watch options: feeds by URL or file, durations, limits', () => {
  const file = join(dir, 'feeds.yaml')
  writeFileSync(file, '- url: https://b.example/rss\n  interval: 5m\n- https://a.example/rss?utm_source=x\n')
  const options = parseWatchArgs(
    ['https://a.example/rss', file, '--once', '--interval', '1h', '--host-delay', '0s', '--per-host', '1'],
    {},
  )
  assert.deepEqual(
    options.feeds.map((f) => [f.url, f.settings]),
    [
      ['https://a.example/rss', {}],
      ['https://b.example/rss', { interval: 300 }],
    ],
    'one feed per canonical URL',
  )
  assert.equal(options.settings.intervalMs, 3_600_000)
  assert.equal(options.settings.hostDelayMs, 0)
  assert.equal(options.settings.perHost, 1)
  assert.equal(options.once, true)
  assert.equal(options.db, './parley.db')
})

it('refuses bad watch, feeds and alerts command lines with a message naming the input', async () => {
  const bad: [readonly string[], RegExp][] = [
    [[], /no feed given/],
    [['nowhere.yaml'], /"nowhere.yaml" is neither an http\(s\) feed URL nor a feeds file/],
    [['https://a.example/rss', '--interval', 'often'], /--interval must be a duration/],
    [['https://a.example/rss', '--per-host', '0'], /--per-host must be a whole number above 0/],
    [['ftp://a.example/rss'], /neither an http\(s\) feed URL/],
  ]
  for (const [args, message] of bad) {
    assert.throws(
      () => parseWatchArgs(args, {}),
      (e: unknown) => e instanceof UsageError && message.test(e.message),
      args.join(' '),
    )
  }
  const file = join(dir, 'bad.yaml')
  writeFileSync(file, '- url: https://a.example/\n  colour: red\n')
  assert.throws(() => parseWatchArgs([file], {}), /bad\.yaml: feed 1: unknown setting "colour"/)
  const missingDb = join(dir, 'none.db')
  await assert.rejects(runFeedsCommand(['--db', missingDb]), /no database at/)
  await assert.rejects(runAlertsCommand(['list', '--db', missingDb]), /no database at/)
  await assert.rejects(
    runAlertsCommand(['add', '--name', 'x', '--db', missingDb]),
    /--webhook: an alert needs a webhook URL/,
  )
  await assert.rejects(runAlertsCommand(['shout']), /unknown action "shout"/)
})
