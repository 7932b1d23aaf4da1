import { FORMER_MARKERS, NON_PERSON_HEADS, ORGANIZATION_HEADS, PERSON_NOUNS } from '../../lang/en/nominals.js';
import { isLocativeUse } from './place-context.js';
import { POS } from './token-tests.js';
export function draft(tokenStart, tokenEnd, type, extra = {}) {
    return {
        tokenStart,
        tokenEnd,
        type,
        kbId: null,
        country: null,
        role: null,
        sector: null,
        former: false,
        plural: false,
        determiner: null,
        ...extra,
    };
}
function firstHit(hits, type) {
    return hits.find((h) => h.type === type);
}
/** The country a knowledge-base phrase points to, when used as a modifier ("Russian", "White House", "US"). */
export function hitCountry(hits) {
    for (const hit of hits) {
        if (hit.type === 'country' || hit.type === 'seat')
            return hit.code;
        if (hit.type === 'organization' && hit.country)
            return hit.country;
    }
    return null;
}
/** Mentions for a known phrase standing on its own (not modifying a person). */
function kbMention(ctx, part) {
    const { hits } = part;
    const seat = firstHit(hits, 'seat');
    const country = firstHit(hits, 'country');
    const org = firstHit(hits, 'organization');
    const place = firstHit(hits, 'place');
    const { tokenStart: s, tokenEnd: e } = part;
    if (seat) {
        const use = { ...ctx, tokenStart: s, tokenEnd: e };
        if (place && isLocativeUse(use))
            return draft(s, e, 'place', { place, country: place.country });
        return draft(s, e, 'country', { kbId: seat.code, country: seat.code, sector: seat.sector });
    }
    if (country) {
        if (country.form === 'name')
            return draft(s, e, 'country', { kbId: country.code, country: country.code });
        if (country.form === 'demonym-plural') {
            return draft(s, e, 'group', { kbId: country.code, country: country.code, plural: true });
        }
        return null; // an adjective ("Russian artillery"): nominal mentions pick it up as a modifier
    }
    if (org)
        return draft(s, e, 'organization', { kbId: org.id, country: org.country, sector: org.sector });
    if (place)
        return draft(s, e, 'place', { place, country: place.country });
    return null;
}
/** Classifies a capitalised name with no title before it. */
function unknownName(ctx, part) {
    const { tokens } = ctx;
    const { tokenStart: s, tokenEnd: e } = part;
    const last = tokens.lower[e - 1];
    if (ORGANIZATION_HEADS.has(last))
        return draft(s, e, 'organization');
    if (NON_PERSON_HEADS.has(last))
        return null;
    for (let i = s; i < e; i++)
        if (/\d/.test(tokens.lower[i]))
            return null;
    const words = e - s;
    if (words === 1 && isAcronym(ctx.text.slice(ctx.tokens.start[s], ctx.tokens.end[s]))) {
        return draft(s, e, 'organization');
    }
    if (tokens.pos[e - 1] !== POS.PROPN)
        return null;
    if (words >= 2 && words <= 5) {
        for (let i = s; i < e; i++)
            if (tokens.pos[i] === POS.ADJ)
                return null;
        return draft(s, e, 'person');
    }
    if (words === 1 && !isPersonNoun(last)) {
        return draft(s, e, 'person', { tentative: true, sentenceInitial: s === ctx.sentenceStart });
    }
    return null;
}
/** "NAACP", "GOP", "I.R.S.": an unknown all-capital word names an organisation. */
function isAcronym(word) {
    const letters = word.replace(/\./g, '');
    return letters.length >= 2 && letters.length <= 8 && /^[A-Z]+$/.test(letters);
}
const PERSON_NOUN_FORMS = new Set(Object.entries(PERSON_NOUNS).flatMap(([singular, { plural }]) => [singular, plural]));
/** "Critics", "Officials" at the start of a sentence are nominals, not names. */
function isPersonNoun(word) {
    return PERSON_NOUN_FORMS.has(word);
}
function isFormer(ctx, tokenStart) {
    const before = tokenStart - 1;
    return before >= ctx.sentenceStart && FORMER_MARKERS.has(ctx.tokens.lower[before]);
}
/**
 * Turns the parts of one sentence into mentions. A name preceded by titles and modifiers ("Indonesian Foreign
 * Minister Retno Marsudi", "White House national security adviser Jake Sullivan") becomes one person mention
 * over the name, carrying the role and country; known phrases standing alone become country, organisation,
 * group or place mentions.
 */
export function partsToMentions(text, tokens, sentenceStart, parts) {
    const ctx = { text, tokens, sentenceStart };
    const out = [];
    let chainStart = 0;
    for (let k = 0; k < parts.length; k++) {
        const part = parts[k];
        const contiguous = k > 0 && parts[k - 1].tokenEnd === part.tokenStart;
        if (!contiguous)
            chainStart = k;
        if (part.kind !== 'name')
            continue;
        // modifiers: the contiguous parts before this name
        const modifiers = parts.slice(chainStart, k);
        const roles = modifiers.filter((m) => m.kind === 'role');
        const titled = roles.length > 0 || modifiers.some((m) => m.kind === 'honorific');
        if (!titled) {
            for (const m of modifiers)
                if (m.kind === 'kb')
                    pushKb(ctx, m, out);
            const mention = unknownName(ctx, part);
            if (mention)
                out.push(mention);
            chainStart = k + 1;
            continue;
        }
        let country = null;
        for (const m of modifiers)
            if (m.kind === 'kb')
                country ??= hitCountry(m.hits);
        const role = roles.at(-1);
        const first = modifiers[0] ?? part;
        const former = isFormer(ctx, first.tokenStart) || roles.some((r) => r.kind === 'role' && r.role.former === true);
        out.push(draft(part.tokenStart, part.tokenEnd, 'person', {
            country,
            role: role?.kind === 'role' ? role.role.role : null,
            sector: role?.kind === 'role' && !former ? role.role.sector : null,
            former,
            extentStart: first.tokenStart,
        }));
        chainStart = k + 1;
    }
    // known phrases not absorbed as modifiers of a name
    const absorbed = new Set();
    for (let k = 0, start = 0; k < parts.length; k++) {
        if (k > 0 && parts[k - 1].tokenEnd !== parts[k].tokenStart)
            start = k;
        if (parts[k].kind === 'name')
            for (let j = start; j < k; j++)
                absorbed.add(parts[j]);
    }
    for (const part of parts)
        if (part.kind === 'kb' && !absorbed.has(part))
            pushKb(ctx, part, out);
    return out;
}
function pushKb(ctx, part, out) {
    const mention = kbMention(ctx, part);
    if (mention && !out.some((m) => m.tokenStart === mention.tokenStart))
        out.push(mention);
}
//# sourceMappingURL=build-mentions.js.map