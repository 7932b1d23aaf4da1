import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { COMMAND_FORMATS, type FormatName } from '../query/output-formats.js'
import { ACTORS_USAGE } from './actors.js'
import { ALERTS_USAGE } from './alerts.js'
import { CONTACTS_USAGE } from './contacts.js'
import { EVENTS_USAGE } from './events.js'
import { EXPORT_USAGE } from './export.js'
import { EXTRACT_USAGE } from './extract.js'
import { FEEDS_USAGE } from './feeds.js'
import { formatOption } from './format-option.js'
import { UsageError } from './io.js'
import { JOBS_USAGE } from './jobs.js'
import { KB_USAGE } from './kb.js'
import { QUOTES_USAGE } from './quotes.js'
import { SHOW_USAGE } from './show.js'
import { SPEAKERS_USAGE, STATS_USAGE } from './stats.js'
import { STORED_EVENTS_USAGE, STORED_QUOTES_USAGE } from './stored-listings.js'

describe('formatOption', () => {
  it('defaults to the first format offered', () => {
    assert.equal(formatOption(undefined, COMMAND_FORMATS.extract), 'json')
    assert.equal(formatOption(undefined, COMMAND_FORMATS.storedListing), 'table')
  })

  it('accepts an offered format and refuses the others, naming them', () => {
    assert.equal(formatOption('plover', COMMAND_FORMATS.articleEvents), 'plover')
    assert.throws(
      () => formatOption('csv', COMMAND_FORMATS.articleQuotes),
      (e: unknown) => e instanceof UsageError && e.message === '--format must be table, json, not "csv"',
    )
  })

  it('refuses a missing format where one is required', () => {
    assert.throws(() => formatOption(undefined, COMMAND_FORMATS.export, { required: true }), UsageError)
  })
})

/** The `--format a|b|c` list a usage text shows. */
function formatsInUsage(usage: string): string[] {
  const match = /--format (?:F\]?|([a-z|]+))/.exec(usage.split('\n')[0] ?? '')
  assert.ok(match?.[1], `no --format list in: ${usage.split('\n')[0]}`)
  return match[1].split('|')
}

describe('every command’s --help names the formats it offers, from the one registry', () => {
  const cases: [string, string, readonly FormatName[]][] = [
    ['extract', EXTRACT_USAGE, COMMAND_FORMATS.extract],
    ['events <input…>', EVENTS_USAGE, COMMAND_FORMATS.articleEvents],
    ['quotes <input…>', QUOTES_USAGE, COMMAND_FORMATS.articleQuotes],
    ['events (stored)', STORED_EVENTS_USAGE.split('\n').slice(0, 2).join(' '), COMMAND_FORMATS.storedListing],
    ['quotes (stored)', STORED_QUOTES_USAGE, COMMAND_FORMATS.storedListing],
    ['actors', ACTORS_USAGE, COMMAND_FORMATS.storedListing],
    ['contacts', CONTACTS_USAGE, COMMAND_FORMATS.storedListing],
    ['speakers', SPEAKERS_USAGE, COMMAND_FORMATS.storedListing],
    ['stats', STATS_USAGE.split('\n').slice(0, 2).join(' '), COMMAND_FORMATS.storedListing],
    ['show', SHOW_USAGE, COMMAND_FORMATS.storedState],
    ['feeds', FEEDS_USAGE, COMMAND_FORMATS.storedState],
    ['jobs', JOBS_USAGE, COMMAND_FORMATS.storedState],
    ['export', EXPORT_USAGE, COMMAND_FORMATS.export],
    ['kb lookup', KB_USAGE, COMMAND_FORMATS.storedState],
  ]
  for (const [name, usage, offered] of cases) {
    it(name, () => assert.deepEqual(formatsInUsage(usage), [...offered]))
  }

  it('alerts list and log', () => {
    for (const line of ALERTS_USAGE.split('\n').filter((l) => l.includes('--format'))) {
      assert.deepEqual(formatsInUsage(line), [...COMMAND_FORMATS.storedState])
    }
  })
})
