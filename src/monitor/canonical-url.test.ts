import assert from 'node:assert/strict'
import { it } from 'node:test'
import { canonicalUrl, isTrackingParam } from './canonical-url.js'

it('gives one form to the addresses of one page', () => {
  const cases: [string, string | null][] = [
    [
      'HTTPS://News.Example.org:443/world/2024/geneva?utm_source=rss&utm_medium=feed&id=7#comments',
      'https://news.example.org/world/2024/geneva?id=7',
    ],
    ['http://news.example.org:80/a/./b/../c', 'http://news.example.org/a/c'],
    ['https://news.example.org/x?b=2&a=1&fbclid=XYZ&gclid=1', 'https://news.example.org/x?a=1&b=2'],
    ['https://news.example.org/x?utm_campaign=a', 'https://news.example.org/x'],
    ['https://user:pw@news.example.org./%7euser/%2fslash', 'https://news.example.org/~user/%2Fslash'],
    ['https://news.example.org/caf%C3%A9', 'https://news.example.org/caf%C3%A9'],
    ['https://news.example.org/café', 'https://news.example.org/caf%C3%A9'],
    ['mailto:desk@example.org', null],
    ['not a url', null],
  ]
  for (const [raw, expected] of cases) assert.equal(canonicalUrl(raw), expected, raw)
  assert.equal(canonicalUrl('../b?PK_campaign=x', 'https://a.example/x/y/z'), 'https://a.example/x/b')
  assert.ok(isTrackingParam('UTM_Source'))
  assert.ok(!isTrackingParam('id'))
  assert.ok(!isTrackingParam('page'))
})
