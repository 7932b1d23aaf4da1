import type { TokenTable } from '../../doc/token-table.js'
import type { KbHit } from '../../knowledge/index.js'
import type { Lang } from '../../lang/lang.js'
import { isCapitalised, POS } from './token-tests.js'

export interface PhraseContext {
  readonly lang: Lang
  readonly text: string
  readonly tokens: TokenTable
  readonly sentenceStart: number
  readonly tokenStart: number
  readonly tokenEnd: number
}

/** Whether a place name is used as a location here: "in Moscow", "flew to Kyiv", "take Kyiv", "a Washington restaurant". */
export function isLocativeUse(ctx: PhraseContext): boolean {
  const { tokens } = ctx
  const after = ctx.tokenEnd
  if (after < tokens.length && tokens.pos[after] === POS.NOUN && !isCapitalised(ctx.text, tokens, after))
    return true
  return isPrepositionalLocative(ctx)
}

/** "in Moscow", "flew to Kyiv", "take Kyiv": the words before the name make it a location. */
function isPrepositionalLocative(ctx: PhraseContext): boolean {
  const { tokens } = ctx
  const before = ctx.tokenStart - 1
  if (before < ctx.sentenceStart) return false
  const word = tokens.norm[before]!
  if (
    ctx.lang.names.LOCATIVE_PREPOSITIONS.has(word) ||
    ctx.lang.names.TERRITORY_LEMMAS.has(tokens.lemma[before]!)
  )
    return true
  return (
    word === 'to' && before > ctx.sentenceStart && ctx.lang.names.MOTION_LEMMAS.has(tokens.lemma[before - 1]!)
  )
}

/** A dateline: the place opens its sentence and is followed by a comma, a dash or a parenthesis. */
export function isDateline(ctx: PhraseContext): boolean {
  if (ctx.tokenStart !== ctx.sentenceStart) return false
  const next = ctx.tokens.norm[ctx.tokenEnd]
  return next === ',' || next === '--' || next === '-' || next === '('
}

/**
 * Drops place hits that should not be believed here: month and weekday names, and small towns named
 * without a locative context ("Obama" the Japanese town, "Austin" the surname).
 */
export function trustedHits(hits: readonly KbHit[], key: string, ctx: PhraseContext): readonly KbHit[] {
  if (!hits.some((h) => h.type === 'place')) return hits
  // "Warren told reporters": a town's name before a speech verb is a person's
  // (a capital keeps its place reading: whether "Beijing said" is a government is decided by its use)
  const speaks =
    ctx.lang.names.SPEAKER_LEMMAS.has(ctx.tokens.lemma[ctx.tokenEnd] ?? '') &&
    !hits.some((h) => h.type === 'seat')
  return hits.filter((h) => {
    if (h.type !== 'place') return true
    if (ctx.lang.names.CALENDAR_WORDS.has(key)) return false
    if (speaks && h.kind === 'city') return false
    if (h.kind !== 'city' || h.population >= ctx.lang.names.MIN_BARE_CITY_POPULATION) return true
    return isPrepositionalLocative(ctx) || isDateline(ctx)
  })
}
