/** Answers remembered at once; past this many the memory starts afresh. */
export const MAX_REMEMBERED = 256

/**
 * Answers remembered while the store's revision stays the same: any write, by this process or another
 * connection, changes the revision and forgets them all, so a remembered answer is always the current one.
 */
export interface RevisionMemo {
  remember<T>(key: string, compute: () => Promise<T>): Promise<T>
}

/** Without a revision (a store that cannot tell), nothing is remembered. */
export function createRevisionMemo(
  revision: (() => Promise<string>) | undefined,
  maxEntries = MAX_REMEMBERED,
): RevisionMemo {
  if (!revision) return { remember: (_key, compute) => compute() }
  let current: string | null = null
  const answers = new Map<string, Promise<unknown>>()
  return {
    async remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const now = await revision()
      if (now !== current || answers.size >= maxEntries) {
        current = now
        answers.clear()
      }
      let answer = answers.get(key) as Promise<T> | undefined
      if (!answer) {
        answer = compute()
        answers.set(key, answer)
        answer.catch(() => answers.delete(key))
      }
      return answer
    },
  }
}
