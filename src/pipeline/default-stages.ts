import { segment } from '../stages/segment/segment.js'
import type { AnyStage } from './stage.js'

/** The stages `parley extract` runs, in order. */
export function defaultStages(): AnyStage[] {
  return [segment()]
}
