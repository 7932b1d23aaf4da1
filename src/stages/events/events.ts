import { defineStage } from '../../pipeline/stage.js'
import { buildEvents } from './build-events.js'
import { buildContext } from './context.js'
import { type TriggerIndex, triggerIndexOf } from './lexicon.js'

export interface EventsOptions {
  /** A trigger lexicon to use instead of the language's own (`Lang.events.EVENT_LEXICON`). */
  readonly lexicon?: TriggerIndex
}

/**
 * The PLOVER events stage: triggers from the lexicon, source and recipient by grammatical role, status
 * (asserted, negated, hypothetical, future), date, place and the quotation an event is stated in.
 */
export function events(options: EventsOptions = {}) {
  return defineStage({
    name: 'events',
    requires: ['tokens', 'sentences', 'mentions', 'actors', 'places', 'timexes', 'quotes'],
    provides: ['events'],
    run(doc, ctx) {
      const index = options.lexicon ?? triggerIndexOf(ctx.lang)
      return { events: buildEvents(buildContext(doc, ctx), index) }
    },
  })
}
