/**
 * Canonical URLs, so one page reached through several addresses is fetched and stored once: the scheme and host
 * lower-cased, default ports and the fragment dropped, `/./` and `/../` resolved, percent-escapes in one form,
 * tracking parameters removed and the others sorted.
 */

/**
 * Query parameters that only tell the publisher where a reader came from. Kept conservative: the page is
 * fetched at its canonical URL, so a parameter that selects content (`?feed=rss2`, `?id=7`) must stay.
 */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'ocid',
  'cmpid',
  'smid',
  'smtyp',
  'sr_share',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'at_medium',
  'at_campaign',
  'guccounter',
])
/** Families of tracking parameters by prefix: utm_source, utm_medium, pk_campaign, mtm_kwd, … */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'oly_', 'vero_'] as const

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase()
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix))
}

/** The canonical form of an http(s) URL (relative ones resolved against `base`); null for anything else. */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL
  try {
    url = new URL(raw.trim(), base)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.hash = ''
  url.username = ''
  url.password = ''
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1)
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name))
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  url.search = ''
  for (const [name, value] of kept) url.searchParams.append(name, value)
  url.pathname = url.pathname.replace(/%[0-9a-f]{2}/gi, normaliseEscape)
  return url.href
}

/** `%7e` → `~` (unreserved characters are never escaped in the canonical form), `%2f` → `%2F`. */
function normaliseEscape(sequence: string): string {
  const char = String.fromCharCode(Number.parseInt(sequence.slice(1), 16))
  return /[A-Za-z0-9\-._~]/.test(char) ? char : sequence.toUpperCase()
}

/** The host a URL is fetched from, the unit of politeness (rate limits, robots.txt). */
export function hostOf(url: string): string {
  return new URL(url).host.toLowerCase()
}
