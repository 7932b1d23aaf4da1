/** Exponential backoff with jitter, shared by page fetches and webhook deliveries. */
export interface BackoffPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number
  /** The wait before the second try; each later wait doubles, up to `maxMs`. */
  readonly baseMs: number
  readonly maxMs: number
}

/** The wait before try number `attempt + 1` (attempt counts from 1), with ±25 % jitter so clients spread out. */
export function backoffDelay(
  policy: BackoffPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const plain = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(plain * (0.75 + random() * 0.5))
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs `attempt` until it succeeds, fails for good, or the tries run out. `retryIn` says whether a result calls
 * for another try and may name the wait (a server's Retry-After); a wait longer than `maxMs` ends the tries.
 */
export async function withRetry<T>(
  policy: BackoffPolicy,
  attempt: () => Promise<T>,
  retryIn: (result: T) => { readonly retry: boolean; readonly afterMs?: number | null },
  wait: (ms: number) => Promise<void> = sleep,
): Promise<T> {
  let result = await attempt()
  for (let n = 1; n < policy.attempts; n++) {
    const verdict = retryIn(result)
    if (!verdict.retry) return result
    const delay = verdict.afterMs ?? backoffDelay(policy, n)
    if (delay > policy.maxMs) return result
    await wait(delay)
    result = await attempt()
  }
  return result
}
