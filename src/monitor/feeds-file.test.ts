import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, it } from 'node:test'
import { FeedsFileError, parseDuration, readFeedsFile } from './feeds-file.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-feeds-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

it('reads durations', () => {
  assert.equal(parseDuration('15m'), 900)
  assert.equal(parseDuration('1.5h'), 5400)
  assert.equal(parseDuration('90'), 90)
  assert.equal(parseDuration('250ms'), 0.25)
  assert.equal(parseDuration('0s'), null)
  assert.equal(parseDuration('soon'), null)
})

it('reads YAML, JSON and text feeds files with per-feed settings, canonical URLs', () => {
  const yaml = file(
    'feeds.yaml',
    `feeds:
  - url: https://News.Example.org/rss?utm_source=x
    name: Example world desk
    interval: 30m
    maxItems: 20
    since: 2024-01-01
  - https://capital.example.com/feed.atom
`,
  )
  assert.deepEqual(readFeedsFile(yaml), [
    {
      url: 'https://news.example.org/rss',
      name: 'Example world desk',
      settings: { interval: 1800, maxItems: 20, since: '2024-01-01' },
    },
    { url: 'https://capital.example.com/feed.atom', name: null, settings: {} },
  ])
  const json = file('feeds.json', '[{"url": "https://a.example/rss", "timeout": "5s", "maxBytes": 100000}]')
  assert.deepEqual(readFeedsFile(json), [
    { url: 'https://a.example/rss', name: null, settings: { timeout: 5, maxBytes: 100000 } },
  ])
  const text = file(
    'feeds.txt',
    '# my feeds\nhttps://a.example/rss interval=1h\n\nhttps://b.example/sitemap.xml  # news sitemap\n',
  )
  assert.deepEqual(readFeedsFile(text), [
    { url: 'https://a.example/rss', name: null, settings: { interval: 3600 } },
    { url: 'https://b.example/sitemap.xml', name: null, settings: {} },
  ])
})

it('names the file, the entry and the field of a mistake', () => {
  const cases: [string, string, RegExp][] = [
    [
      'a.yaml',
      'feeds:\n  - url: ftp://a.example/x\n',
      /a\.yaml: feed 1: "ftp:\/\/a\.example\/x" is not an http\(s\) URL/,
    ],
    [
      'b.yaml',
      '- url: https://a.example/\n  interval: often\n',
      /b\.yaml: feed 1: "interval" must be a duration/,
    ],
    ['c.yaml', '- url: https://a.example/\n  colour: red\n', /unknown setting "colour"/],
    ['d.yaml', 'feeds: 3\n', /expected a list of feeds/],
    ['e.txt', 'https://a.example/ interval\n', /e\.txt:1: expected key=value/],
    ['f.yaml', '- {url: https://a.example/, maxItems: 0}\n', /"maxItems" must be a whole number above 0/],
  ]
  for (const [name, text, message] of cases) {
    assert.throws(
      () => readFeedsFile(file(name, text)),
      (error: unknown) => error instanceof FeedsFileError && message.test(error.message),
    )
  }
  assert.throws(
    () => readFeedsFile(join(dir, 'missing.yaml')),
    /missing\.yaml: cannot read the feeds file \(ENOENT\)/,
  )
})
