import { actors } from '../stages/actors/actors.js'
import { timexes } from '../stages/dates/timexes.js'
import { events } from '../stages/events/events.js'
import { mentions } from '../stages/mentions/mentions.js'
import { places } from '../stages/places/places.js'
import { quotes } from '../stages/quotes/quotes.js'
import { segment } from '../stages/segment/segment.js'
import type { AnyStage } from './stage.js'

/** The stages `parley extract` runs, in order. */
export function defaultStages(): AnyStage[] {
  return [segment(), mentions(), actors(), places(), timexes(), quotes(), events()]
}
