import type { FeedSettingsRow, FeedState } from './monitor-store.js'
import { type PollSummary, pollFeed, type WatchContext } from './poll-feed.js'

export interface WatchRun {
  readonly feeds: readonly FeedSettingsRow[]
  /** Poll every feed once and return; otherwise poll each feed whenever it is due, until `signal` aborts. */
  readonly once: boolean
  readonly signal?: AbortSignal
  /** Called after each round of polls (alerts are matched and delivered from here). */
  readonly afterRound?: (summaries: readonly PollSummary[]) => Promise<void> | void
  /** Called before waiting for the next feed to fall due. */
  readonly onWait?: (until: Date) => void
}

/**
 * When a feed is next due: its stored next poll, brought forward to the last poll plus its current interval
 * (so a shorter interval given now applies at once); a feed backing off after errors keeps its wait.
 */
export function dueAt(
  feed: FeedSettingsRow,
  state: FeedState | null,
  ctx: Pick<WatchContext, 'intervalMs'>,
): number {
  if (!state?.nextPollAt || !state.lastPolledAt) return Number.NEGATIVE_INFINITY
  const next = Date.parse(state.nextPollAt)
  if (state.lastStatus === 'error') return next
  const interval = (feed.settings.interval ?? ctx.intervalMs / 1000) * 1000
  return Math.min(next, Date.parse(state.lastPolledAt) + interval)
}

/** Polls the feeds (registering them and their settings first); resolves with every poll's summary. */
export async function watchFeeds(ctx: WatchContext, run: WatchRun): Promise<PollSummary[]> {
  for (const feed of run.feeds) await ctx.monitor.saveFeed(feed)
  const all: PollSummary[] = []
  for (;;) {
    const now = ctx.now().getTime()
    const states = await Promise.all(run.feeds.map((f) => ctx.monitor.getFeed(f.url)))
    const due = run.once
      ? run.feeds
      : run.feeds.filter((feed, i) => dueAt(feed, states[i] ?? null, ctx) <= now)
    if (due.length > 0) {
      const summaries = await Promise.all(due.map((feed) => pollSafely(feed, ctx)))
      all.push(...summaries)
      await run.afterRound?.(summaries)
    }
    if (run.once || run.signal?.aborted) return all
    const after = await Promise.all(run.feeds.map((f) => ctx.monitor.getFeed(f.url)))
    const next = Math.min(...run.feeds.map((feed, i) => dueAt(feed, after[i] ?? null, ctx)))
    const wait = Math.max(1000, next - ctx.now().getTime())
    run.onWait?.(new Date(ctx.now().getTime() + wait))
    if (!(await sleepUnlessAborted(wait, run.signal))) return all
  }
}

/** A poll that failed in an unexpected way (a bug, the database) is an error summary; the other feeds proceed. */
async function pollSafely(feed: FeedSettingsRow, ctx: WatchContext): Promise<PollSummary> {
  try {
    return await pollFeed(feed, ctx)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    ctx.onError({ feed: feed.url, url: feed.url, code: 'watch/failed', message })
    return {
      feed: feed.url,
      status: 'error',
      fetched: 0,
      stored: 0,
      unchanged: 0,
      duplicates: 0,
      errors: 0,
      error: message,
    }
  }
}

/** Waits; false when the signal aborted first. */
function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false)
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve(true)
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      resolve(false)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
