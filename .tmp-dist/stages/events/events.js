import { defineStage } from '../../pipeline/stage.js';
import { buildEvents } from './build-events.js';
import { buildContext } from './context.js';
import { defaultTriggerIndex } from './lexicon.js';
/**
 * The PLOVER events stage: triggers from the lexicon, source and recipient by grammatical role, status
 * (asserted, negated, hypothetical, future), date, place and the quotation an event is stated in.
 */
export function events(options = {}) {
    return defineStage({
        name: 'events',
        requires: ['tokens', 'sentences', 'mentions', 'actors', 'places', 'timexes', 'quotes'],
        provides: ['events'],
        run(doc) {
            const index = options.lexicon ?? defaultTriggerIndex();
            return { events: buildEvents(buildContext(doc), index) };
        },
    });
}
//# sourceMappingURL=events.js.map