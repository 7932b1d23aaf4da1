import type { PoliticalEvent } from '../../doc/layers.js';
import { type EventContext } from './context.js';
import type { TriggerIndex } from './lexicon.js';
/** Every event of the document, with ids in text order. */
export declare function buildEvents(ctx: EventContext, index: TriggerIndex): PoliticalEvent[];
