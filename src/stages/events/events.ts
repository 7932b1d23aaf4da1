import { defineStage } from '../../pipeline/stage.js'
import { buildEvents } from './build-events.js'
import { buildContext } from './context.js'
import { defaultTriggerIndex, type TriggerIndex } from './lexicon.js'

export interface EventsOptions {
  /** A trigger lexicon to use instead of the built-in one (see src/lang/en/events-lexicon.ts). */
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
    run(doc) {
      const index = options.lexicon ?? defaultTriggerIndex()
      return { events: buildEvents(buildContext(doc), index) }
    },
  })
}
