import { posCode } from '../../doc/token-table.js';
import { ALWAYS_VERB_FORMS, ATTRIBUTION_DASHES, CUE_TAILS, DOUBLE_CLOSERS, SOURCE_FIRST_PHRASES, } from '../../lang/en/speech-verbs.js';
import { cueParticles, cueVerbClass, mayStartSourceFirst } from './lexicon.js';
import { clauseSubject, findSpeaker, sharedSubjectLink } from './speakers.js';
import { lowerAt, sentenceBounds } from './token-context.js';
const VERB = posCode('VERB');
function matchesAt(ctx, at, words) {
    for (let k = 0; k < words.length; k++)
        if (lowerAt(ctx, at + k) !== words[k])
            return false;
    return true;
}
/** Length of the longest fixed cue tail at `at` ("reporters", "in a statement"), 0 when none. */
function tailLength(ctx, at, limit) {
    let best = 0;
    for (const tail of CUE_TAILS) {
        if (tail.length > best && at + tail.length <= limit && matchesAt(ctx, at, tail))
            best = tail.length;
    }
    return best;
}
/** The cue class of the verb at token i, or null when it is not a cue verb here. */
function verbClassAt(ctx, i) {
    const cls = cueVerbClass(ctx.tokens.lemma[i] ?? '');
    if (!cls)
        return null;
    const pos = ctx.tokens.pos[i];
    if (pos === VERB || ALWAYS_VERB_FORMS.has(lowerAt(ctx, i)))
        return cls;
    return null;
}
/** "Graham: Trump’s rhetoric …": a colon right after a name that opens its paragraph; the name's index or -1. */
function headlineSource(ctx, index, i) {
    if (lowerAt(ctx, i) !== ':' || i === 0)
        return -1;
    const named = index.endingAt[i - 1];
    if (named < 0)
        return -1;
    const start = index.mentions[named].tokenStart;
    const sentence = ctx.sentences[ctx.tokens.sentence[start]];
    if (!sentence || sentence.tokenStart !== start)
        return -1;
    const previous = ctx.sentences[ctx.tokens.sentence[start] - 1];
    return !previous || previous.paragraph !== sentence.paragraph ? named : -1;
}
/** "called for", "talked about": the verb at i takes its cue particle right after it. */
function phrasalParticleAt(ctx, i) {
    if (ctx.tokens.pos[i] !== VERB)
        return false;
    const particles = cueParticles(ctx.tokens.lemma[i] ?? '');
    return particles?.includes(lowerAt(ctx, i + 1)) ?? false;
}
/**
 * Finds speech cues in one pass over the tokens, skipping tokens inside quotations (`isQuoted`), and the
 * mention that names each cue's speaker. A participle cue after a comma ("…, adding that") inherits the
 * speaker of the cue before it in the sentence.
 */
export function findCues(ctx, index, isQuoted) {
    const cues = [];
    const n = ctx.tokens.length;
    for (let i = 0; i < n; i++) {
        if (isQuoted(i))
            continue;
        const phrase = mayStartSourceFirst(lowerAt(ctx, i))
            ? SOURCE_FIRST_PHRASES.find((p) => matchesAt(ctx, i, p))
            : undefined;
        if (phrase) {
            const after = i + phrase.length;
            const speaker = after < n ? index.startingAt[after] : -1;
            const clusterEnd = speaker >= 0 ? index.mentions[speaker].tokenEnd : after;
            cues.push({
                head: i,
                tokenStart: i,
                tokenEnd: after,
                cueClass: 'source-first',
                speaker,
                side: speaker >= 0 ? 'right' : 'none',
                clusterStart: i,
                clusterEnd,
            });
            i = after - 1;
            continue;
        }
        if (ATTRIBUTION_DASHES.has(lowerAt(ctx, i)) && i > 0 && DOUBLE_CLOSERS.has(lowerAt(ctx, i - 1))) {
            const speaker = i + 1 < n ? index.startingAt[i + 1] : -1;
            if (speaker >= 0) {
                const clusterEnd = index.mentions[speaker].tokenEnd;
                cues.push({
                    head: i,
                    tokenStart: i,
                    tokenEnd: i + 1,
                    cueClass: 'direct',
                    speaker,
                    side: 'right',
                    clusterStart: i,
                    clusterEnd,
                });
            }
            continue;
        }
        const headline = headlineSource(ctx, index, i);
        if (headline >= 0) {
            const m = index.mentions[headline];
            cues.push({
                head: i,
                tokenStart: i,
                tokenEnd: i + 1,
                cueClass: 'headline',
                speaker: headline,
                side: 'left',
                clusterStart: m.tokenStart,
                clusterEnd: i + 1,
            });
            continue;
        }
        const particle = phrasalParticleAt(ctx, i);
        const cls = particle ? 'speech' : verbClassAt(ctx, i);
        if (!cls)
            continue;
        const { end } = sentenceBounds(ctx, i);
        const tokenEnd = particle ? i + 2 : i + 1 + tailLength(ctx, i + 1, end);
        let found = findSpeaker(ctx, index, i, tokenEnd);
        const isParticiple = lowerAt(ctx, i).endsWith('ing');
        if (isParticiple && found.side === 'left' && index.mentions[found.speaker].type === 'nominal') {
            // "the council issued a statement saying …": the one who issued the statement
            const issuer = clauseSubject(ctx, index, index.mentions[found.speaker].tokenStart - 1);
            if (issuer >= 0)
                found = { speaker: issuer, side: 'inherited', clusterStart: i };
        }
        const joint = found.speaker < 0 && found.side !== 'unresolved' ? sharedSubjectLink(ctx, i) : -1;
        if (joint >= 0) {
            // "she said … but said …", "he looked up and said, …", "Trump took a risk, telling the crowd …":
            // the speaker of a cue earlier in the sentence, else the subject of the clause before
            const previous = cues[cues.length - 1];
            const sameSentence = previous && sentenceBounds(ctx, previous.head).first === sentenceBounds(ctx, i).first;
            const subject = sameSentence && previous.speaker >= 0 ? previous.speaker : clauseSubject(ctx, index, joint - 1);
            if (subject >= 0)
                found = { speaker: subject, side: 'inherited', clusterStart: i };
        }
        const clusterEnd = found.side === 'right' ? index.mentions[found.speaker].tokenEnd : tokenEnd;
        cues.push({ head: i, tokenStart: i, tokenEnd, cueClass: cls, ...found, clusterEnd });
    }
    return cues;
}
//# sourceMappingURL=cues.js.map