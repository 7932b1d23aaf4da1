import { createRequire } from 'node:module'
import type { FetchResult } from './http-fetch.js'

/** The part of robots-parser's answer used here (its typings declare an ES default export it does not have). */
interface RobotRules {
  isDisallowed(url: string, agent?: string): boolean | undefined
  getCrawlDelay(agent?: string): number | undefined
}

const robotsParser = createRequire(import.meta.url)('robots-parser') as (
  url: string,
  text: string,
) => RobotRules

/** What robots.txt says about one URL for our user agent. */
export type RobotsVerdict =
  | { readonly allowed: true; readonly crawlDelayMs: number | null }
  | { readonly allowed: false; readonly reason: string; readonly retryable: boolean }

export interface Robots {
  check(url: string): Promise<RobotsVerdict>
}

type Rules =
  | { readonly kind: 'rules'; readonly robot: RobotRules }
  | { readonly kind: 'allow-all' }
  | { readonly kind: 'unavailable'; readonly reason: string }

/**
 * robots.txt per origin (RFC 9309, parsed by `robots-parser`), fetched once per origin and kept for `ttlMs`.
 * A missing file (4xx) allows everything; a server error or an unreachable server disallows everything for now
 * (a later poll tries again), as the RFC asks.
 */
export function createRobots(options: {
  /** The product token robots.txt groups are matched against, e.g. "ParleyBot". */
  readonly agent: string
  /** Fetches robots.txt (text, small cap, few redirects, no robots check of its own). */
  readonly fetch: (url: string) => Promise<FetchResult>
  readonly ttlMs?: number
  readonly now?: () => number
}): Robots {
  const now = options.now ?? Date.now
  const ttl = options.ttlMs ?? 60 * 60 * 1000
  const cache = new Map<string, { readonly rules: Promise<Rules>; readonly at: number }>()
  const rulesFor = (origin: string): Promise<Rules> => {
    const cached = cache.get(origin)
    if (cached && now() - cached.at < ttl) return cached.rules
    const rules = load(`${origin}/robots.txt`)
    cache.set(origin, { rules, at: now() })
    return rules
  }
  const load = async (robotsUrl: string): Promise<Rules> => {
    const result = await options.fetch(robotsUrl)
    if (result.kind === 'ok') {
      const text = new TextDecoder('utf-8').decode(result.body)
      return { kind: 'rules', robot: robotsParser(robotsUrl, text) }
    }
    if (result.kind === 'error' && result.status !== null && result.status >= 400 && result.status < 500) {
      return { kind: 'allow-all' }
    }
    if (result.kind === 'error' && result.code === 'fetch/content-type') return { kind: 'allow-all' }
    const reason = result.kind === 'error' ? result.message : 'unexpected 304'
    return { kind: 'unavailable', reason }
  }
  return {
    async check(url) {
      const origin = new URL(url).origin
      const rules = await rulesFor(origin)
      if (rules.kind === 'allow-all') return { allowed: true, crawlDelayMs: null }
      if (rules.kind === 'unavailable') {
        // not kept: the next poll asks again
        cache.delete(origin)
        return {
          allowed: false,
          reason: `robots.txt of ${origin} is unavailable (${rules.reason})`,
          retryable: true,
        }
      }
      if (rules.robot.isDisallowed(url, options.agent) === true) {
        return { allowed: false, reason: `disallowed by ${origin}/robots.txt`, retryable: false }
      }
      const delay = rules.robot.getCrawlDelay(options.agent)
      return { allowed: true, crawlDelayMs: typeof delay === 'number' && delay > 0 ? delay * 1000 : null }
    },
  }
}
