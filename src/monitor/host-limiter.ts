/**
 * Politeness per host: at most `perHost` requests in flight to one host, requests to one host started at least
 * `intervalMs` apart (raised for a host whose robots.txt asks for a Crawl-delay), and at most `total` in flight
 * overall. Tasks wait in order of arrival.
 */
export interface HostLimits {
  readonly perHost: number
  readonly total: number
  readonly intervalMs: number
}

export interface HostLimiter {
  run<T>(host: string, task: () => Promise<T>): Promise<T>
  /** Spaces the requests to a host further apart (never closer than the default). */
  setInterval(host: string, ms: number): void
}

interface HostQueue {
  active: number
  lastStart: number
  intervalMs: number
  readonly waiting: (() => void)[]
}

export function createHostLimiter(limits: HostLimits, now: () => number = Date.now): HostLimiter {
  const hosts = new Map<string, HostQueue>()
  let active = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  const queueOf = (host: string) => {
    let queue = hosts.get(host)
    if (!queue) {
      queue = { active: 0, lastStart: Number.NEGATIVE_INFINITY, intervalMs: limits.intervalMs, waiting: [] }
      hosts.set(host, queue)
    }
    return queue
  }
  const pump = () => {
    let soonest = Number.POSITIVE_INFINITY
    for (const queue of hosts.values()) {
      while (queue.waiting.length > 0 && active < limits.total && queue.active < limits.perHost) {
        const due = queue.lastStart + queue.intervalMs
        const t = now()
        if (t < due) {
          soonest = Math.min(soonest, due - t)
          break
        }
        queue.lastStart = t
        queue.active++
        active++
        queue.waiting.shift()?.()
      }
    }
    if (soonest !== Number.POSITIVE_INFINITY && timer === null) {
      timer = setTimeout(() => {
        timer = null
        pump()
      }, soonest)
    }
  }
  return {
    async run(host, task) {
      const queue = queueOf(host)
      await new Promise<void>((resolve) => {
        queue.waiting.push(resolve)
        pump()
      })
      try {
        return await task()
      } finally {
        queue.active--
        active--
        pump()
      }
    },
    setInterval(host, ms) {
      const queue = queueOf(host)
      queue.intervalMs = Math.max(limits.intervalMs, ms)
    },
  }
}
