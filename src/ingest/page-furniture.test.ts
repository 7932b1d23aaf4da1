import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDocument } from './dom.js'
import { removeFurniture } from './page-furniture.js'

const bodyText = (body: string) => {
  const document = parseDocument(`<html><body>${body}</body></html>`)
  removeFurniture(document)
  return document.body?.textContent?.replace(/\s+/g, ' ').trim()
}

describe('removeFurniture', () => {
  const cases: [string, string, string][] = [
    [
      'a newsletter box',
      '<p>Story.</p><div class="post-newsletter"><p>The EU, explained.</p></div>',
      'Story.',
    ],
    ['a share bar', '<div class="share-tools"><a>Tweet</a></div><p>Story.</p>', 'Story.'],
    ['a byline and date block', '<div id="article_meta">By A · 5 May</div><p>Story.</p>', 'Story.'],
    ['nothing without class or id', '<div><p>Story.</p></div>', 'Story.'],
    ['words inside other words do not count', '<p class="update-shared">Story.</p>', 'Story.'],
  ]
  for (const [name, html, expected] of cases)
    it(`removes ${name}`, () => assert.equal(bodyText(html), expected))

  it('keeps a long container whatever its class says', () => {
    const story = 'The harbour board met again on Monday to discuss the dredging plan. '.repeat(8).trim()
    assert.equal(bodyText(`<div class="article-body social-embeds"><p>${story}</p></div>`), story)
  })
})
