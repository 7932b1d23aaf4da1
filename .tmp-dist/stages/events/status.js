import { ABSENCE_NOUNS, CONDITIONALS, FUTURE_MARKERS, HARD_BREAKS, HYPOTHETICAL_MODALS, NEGATORS, STATUS_CONTROLLERS, } from '../../lang/en/events-grammar.js';
import { verbGroupStart } from './arguments.js';
import { lemma, lower, pos } from './context.js';
function emptyMarkers() {
    return { negated: false, future: false, hypothetical: false, announced: false };
}
function readRange(ctx, from, to, markers) {
    for (let t = from; t < to; t++) {
        const w = lower(ctx, t);
        if (NEGATORS.has(w))
            markers.negated = true;
        else if (FUTURE_MARKERS.has(w) && pos(ctx, t) !== 'NOUN') {
            markers.future = true;
            markers.announced = true;
        }
        else if (HYPOTHETICAL_MODALS.has(w) && pos(ctx, t) === 'AUX') {
            markers.hypothetical = true;
            markers.announced = true;
        }
    }
}
/**
 * Negation, modality and intent around a verb group, following "to"-chains upwards ("does not plan to
 * meet", "is scheduled to visit", "tried to hack").
 */
export function verbGroupMarkers(ctx, sentence, groupStart, head) {
    const markers = emptyMarkers();
    let start = groupStart;
    let end = head;
    for (let guard = 0; guard < 4; guard++) {
        readRange(ctx, start, end, markers);
        const hasTo = lower(ctx, end - 1) === 'to' || (start < end && lower(ctx, start) === 'to');
        const governor = start - 1;
        if (!hasTo || governor < sentence.tokenStart)
            break;
        const p = pos(ctx, governor);
        const control = STATUS_CONTROLLERS[lemma(ctx, governor)];
        if (p !== 'VERB' && p !== 'ADJ' && p !== 'AUX' && !control)
            break;
        if (control === 'future') {
            markers.future = true;
            markers.announced = true;
        }
        else if (control === 'hypothetical') {
            markers.hypothetical = true;
            markers.announced = true;
        }
        end = governor;
        start = verbGroupStart(ctx, sentence, governor);
    }
    return markers;
}
/** Negators inside a noun phrase before an event noun ("no contact", "without a meeting"). */
export function nounPhraseNegated(ctx, from, to) {
    for (let t = from; t < to; t++) {
        if (NEGATORS.has(lower(ctx, t)) || ABSENCE_NOUNS.has(lemma(ctx, t)))
            return true;
    }
    return false;
}
/** Is there a conditional ("if", "unless", "whether") anywhere in the sentence? */
export function sentenceIsConditional(ctx, sentence) {
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
        if (CONDITIONALS.has(lower(ctx, t)) && pos(ctx, t) === 'SCONJ')
            return true;
    }
    return false;
}
/** "We see no sign that Russia is ready …": a clause that is the complement of a negated noun or verb. */
export function underNegatedComplement(ctx, sentence, groupStart) {
    for (let t = groupStart - 1; t >= sentence.tokenStart && groupStart - t < 12; t--) {
        const w = lower(ctx, t);
        if (HARD_BREAKS.has(w))
            return false;
        if (w !== 'that')
            continue;
        for (let k = t - 1; k >= sentence.tokenStart && t - k <= 4; k--)
            if (NEGATORS.has(lower(ctx, k)))
                return true;
        return false;
    }
    return false;
}
/** Combines the markers: a condition first, then negation, then modality, then announced future. */
export function decideStatus(markers, conditional) {
    if (conditional)
        return 'hypothetical';
    if (markers.negated)
        return 'negated';
    if (markers.hypothetical)
        return 'hypothetical';
    if (markers.future)
        return 'future';
    return 'asserted';
}
//# sourceMappingURL=status.js.map