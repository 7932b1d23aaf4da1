import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { isIsoDate } from '../ingest/dates.js'
import { canonicalUrl } from './canonical-url.js'
import type { FeedSettings, FeedSettingsRow } from './monitor-store.js'

/** A bad feeds file or feed setting; the message names the file, the entry and the field. */
export class FeedsFileError extends Error {
  override readonly name = 'FeedsFileError'
}

const UNITS: Readonly<Record<string, number>> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400 }

/** "90s", "15m", "1.5h", "1d" (or a bare number of seconds) → seconds; null when unreadable or not positive. */
export function parseDuration(value: string | number): number | null {
  if (typeof value === 'number') return value > 0 ? value : null
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(value)
  if (!match) return null
  const seconds = Number(match[1]) * (UNITS[(match[2] ?? 's').toLowerCase()] ?? 1)
  return seconds > 0 ? seconds : null
}

const SETTING_NAMES = ['name', 'interval', 'maxItems', 'timeout', 'maxBytes', 'since'] as const

/**
 * The feeds a feeds file lists. YAML or JSON: a list, or `{feeds: [...]}`, of URLs or of objects
 * `{url, name?, interval?, maxItems?, timeout?, maxBytes?, since?}`. A `.txt` file: one URL a line, optionally
 * followed by `key=value` settings; `#` starts a comment.
 */
export function readFeedsFile(path: string): FeedSettingsRow[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new FeedsFileError(
      `${path}: cannot read the feeds file (${(error as NodeJS.ErrnoException).code ?? error})`,
    )
  }
  return path.endsWith('.txt') ? textFeeds(path, text) : yamlFeeds(path, text)
}

function yamlFeeds(path: string, text: string): FeedSettingsRow[] {
  let value: unknown
  try {
    value = parseYaml(text)
  } catch (error) {
    throw new FeedsFileError(`${path}: not valid YAML or JSON (${(error as Error).message.split('\n')[0]})`)
  }
  const list =
    value && typeof value === 'object' && !Array.isArray(value) && 'feeds' in value
      ? (value as { feeds: unknown }).feeds
      : value
  if (!Array.isArray(list)) throw new FeedsFileError(`${path}: expected a list of feeds, or {feeds: [...]}`)
  return list.map((entry, i) => {
    const where = `${path}: feed ${i + 1}`
    if (typeof entry === 'string') return feedRow(where, entry, {})
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new FeedsFileError(`${where}: expected a URL or {url, …}`)
    }
    const { url, ...settings } = entry as Record<string, unknown>
    if (typeof url !== 'string') throw new FeedsFileError(`${where}: "url" is missing`)
    return feedRow(where, url, settings)
  })
}

function textFeeds(path: string, text: string): FeedSettingsRow[] {
  const rows: FeedSettingsRow[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (line === '') return
    const [url, ...pairs] = line.split(/\s+/)
    const settings: Record<string, string> = {}
    for (const pair of pairs) {
      const eq = pair.indexOf('=')
      if (eq <= 0) throw new FeedsFileError(`${path}:${i + 1}: expected key=value, not "${pair}"`)
      settings[pair.slice(0, eq)] = pair.slice(eq + 1)
    }
    rows.push(feedRow(`${path}:${i + 1}`, url ?? '', settings))
  })
  return rows
}

/** One feed's URL (canonical) and settings, checked; `where` names it in errors. */
export function feedRow(where: string, url: string, raw: Readonly<Record<string, unknown>>): FeedSettingsRow {
  const canonical = canonicalUrl(url)
  if (canonical === null) throw new FeedsFileError(`${where}: "${url}" is not an http(s) URL`)
  const settings: { -readonly [K in keyof FeedSettings]: FeedSettings[K] } = {}
  let name: string | null = null
  for (const [key, value] of Object.entries(raw)) {
    const bad = (what: string) =>
      new FeedsFileError(`${where}: "${key}" must be ${what}, not ${JSON.stringify(value)}`)
    switch (key) {
      case 'name':
        if (typeof value !== 'string' || value.trim() === '') throw bad('a non-empty text')
        name = value.trim()
        break
      case 'interval':
      case 'timeout': {
        const seconds = typeof value === 'string' || typeof value === 'number' ? parseDuration(value) : null
        if (seconds === null) throw bad('a duration such as 90s, 15m or 1h')
        settings[key] = seconds
        break
      }
      case 'maxItems':
      case 'maxBytes': {
        const n = Number(value)
        if (!Number.isInteger(n) || n < 1) throw bad('a whole number above 0')
        settings[key] = n
        break
      }
      case 'since':
        if (typeof value !== 'string' || !isIsoDate(value)) throw bad('a YYYY-MM-DD date')
        settings.since = value
        break
      default:
        throw new FeedsFileError(
          `${where}: unknown setting "${key}" (known: url, ${SETTING_NAMES.join(', ')})`,
        )
    }
  }
  return { url: canonical, name, settings }
}
