import type { Lang } from '../../lang/lang.js'

/** Whether an actor with role `role` can be what the nominal head `head` refers to (`Lang.names.NOMINAL_ROLE_WORDS`). */
export function roleFits(lang: Lang, head: string, role: string | null): boolean {
  const words = lang.names.NOMINAL_ROLE_WORDS[head]
  if (!words || words.length === 0) return false
  if (words.includes('')) return true
  if (!role) return false
  const lower = role.toLowerCase()
  return words.some((w) => lower.includes(w))
}
