/**
 * Starts `start(item)` for up to `ahead` items of the source at once and yields their results in source order:
 * a pool of workers keeps busy while the consumer handles the results one by one, as a single thread would.
 * When the consumer stops early, the results already started are waited for (not yielded) before returning.
 */
export async function* runAhead<T, R>(
  source: AsyncIterable<T>,
  start: (item: T) => Promise<R>,
  ahead: number,
): AsyncGenerator<R> {
  const started: Promise<R>[] = []
  try {
    for await (const item of source) {
      started.push(start(item))
      while (started.length >= Math.max(1, ahead)) yield await started.shift()!
    }
    while (started.length > 0) yield await started.shift()!
  } finally {
    await Promise.allSettled(started)
  }
}
