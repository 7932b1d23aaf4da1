import { actors } from '../stages/actors/actors.js';
import { mentions } from '../stages/mentions/mentions.js';
import { places } from '../stages/places/places.js';
import { quotes } from '../stages/quotes/quotes.js';
import { segment } from '../stages/segment/segment.js';
/** The stages `parley extract` runs, in order. */
export function defaultStages() {
    return [segment(), mentions(), actors(), places(), quotes()];
}
//# sourceMappingURL=default-stages.js.map