import { diagnostic } from '../../diagnostics/diagnostic.js'
import { defineStage } from '../../pipeline/stage.js'
import { type AttributionOptions, attributeQuotes } from './attribute.js'

export type QuotesOptions = Partial<AttributionOptions>

const DEFAULTS: AttributionOptions = { includeBeliefs: true, minCuelessTokens: 6 }

/**
 * The quotations stage: direct, indirect and mixed quotations with their cue, the mention nearest the cue
 * and the actor holding that mention. Reports quote marks that do not pair as `quotes/unbalanced-mark`.
 */
export function quotes(options: QuotesOptions = {}) {
  const resolved: AttributionOptions = { ...DEFAULTS, ...options }
  return defineStage({
    name: 'quotes',
    requires: ['tokens', 'sentences', 'paragraphs', 'mentions', 'actors'],
    provides: ['quotes'],
    run(doc, ctx) {
      const { text, layers } = doc
      const result = attributeQuotes(
        {
          lang: ctx.lang,
          text,
          tokens: layers.tokens,
          sentences: layers.sentences,
          mentions: layers.mentions,
          actors: layers.actors,
          ...(ctx.tracing ? { trace: ctx.trace } : {}),
        },
        resolved,
      )
      for (const mark of result.unbalanced) {
        const start = layers.tokens.start[mark.token]!
        const end = layers.tokens.end[mark.token]!
        const what = mark.reason === 'unclosed' ? 'is never closed' : 'closes nothing'
        ctx.report(
          diagnostic(
            'quotes/unbalanced-mark',
            'warning',
            `the quote mark ${text.slice(start, end)} ${what}`,
            {
              stage: 'quotes',
              span: { start, end },
            },
          ),
        )
      }
      return { quotes: result.quotes }
    },
  })
}
