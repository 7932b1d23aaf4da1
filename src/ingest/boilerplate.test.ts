import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isBoilerplate } from './boilerplate.js'

describe('isBoilerplate', () => {
  const furniture = [
    'Comment',
    '12 Comments',
    'Sign up for our daily briefing',
    'Share this article',
    'Facebook',
    'Read more: Storm damage bill tops £4m',
    'Related: Ministers meet again',
    'Advertisement',
    'Story continues below advertisement',
    'Get our free newsletter every morning',
    '© 2021 The Coastal Ledger. All rights reserved.',
    'Copyright 2019 Example Media',
    'Reporting by Jane Doe; Editing by John Roe',
    'Photograph: Coastal Ledger',
    '4 min read',
  ]
  for (const line of furniture) it(`drops "${line}"`, () => assert.equal(isBoilerplate(line), true))

  const prose = [
    'The newsletter was leaked to reporters on Monday, officials said.',
    'Share prices fell sharply after the announcement.',
    'Related talks are expected next week in Geneva.',
    'Comments by the minister drew a sharp response from Moscow.',
    `Sign up ${'x'.repeat(200)}`,
  ]
  for (const line of prose) it(`keeps "${line.slice(0, 40)}"`, () => assert.equal(isBoilerplate(line), false))
})
