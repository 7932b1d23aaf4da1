import { getOrInsert, prf, ratio, sharesWord } from './metrics.js';
import { coverage, overlaps } from './spans.js';
export const QUOTE_VIEWS = ['quoted', 'all'];
export const DEFAULT_COVERAGES = [0.3, 0.8];
const isQuotedKind = (q) => q.kind === 'direct' || q.kind === 'mixed';
/**
 * One-to-one matching, best coverage first: a pair is kept when both sides are still free and the predicted
 * spans cover at least `threshold` of the gold content's characters.
 */
export function matchOneToOne(pairs, threshold) {
    const sorted = pairs
        .filter((p) => p.coverage >= threshold)
        .sort((a, b) => b.coverage - a.coverage || a.gold - b.gold || a.pred - b.pred);
    const goldToPred = new Map();
    const usedPred = new Set();
    for (const p of sorted) {
        if (goldToPred.has(p.gold) || usedPred.has(p.pred))
            continue;
        goldToPred.set(p.gold, p.pred);
        usedPred.add(p.pred);
    }
    return goldToPred;
}
function coveragePairs(gold, pred) {
    const pairs = [];
    gold.forEach((g, gi) => {
        if (!g.content)
            return;
        const goldSpans = g.content.spans;
        pred.forEach((q, pi) => {
            if (!q.spans.some((s) => goldSpans.some((t) => overlaps(s, t))))
                return;
            pairs.push({ gold: gi, pred: pi, coverage: coverage(goldSpans, q.spans) });
        });
    });
    return pairs;
}
/** The predicted speaker is right when its mention overlaps the gold source or its actor's name shares a word. */
export function isSpeakerRight(gold, quote, actors) {
    const source = gold.source;
    if (!source)
        return false;
    const mention = quote.speaker.mention;
    if (mention && source.spans.some((s) => overlaps(s, mention)))
        return true;
    const actor = quote.speaker.actor ? actors.get(quote.speaker.actor) : undefined;
    return actor !== undefined && sharesWord(actor.name, source.text);
}
const CLASS_DIMENSIONS = ['class', 'source', 'speaker position', 'content'];
/** The error-analysis classes a gold attribution belongs to, one value per dimension. */
export function classesOf(g) {
    const marks = g.quoted ? 'quoted' : 'unquoted';
    const source = g.source === null ? 'none' : g.sourceIsPronoun ? 'pronoun' : 'name/nominal';
    const content = g.content?.spans ?? [];
    const first = content[0]?.start ?? 0;
    const last = content[content.length - 1]?.end ?? 0;
    const at = g.source?.spans[0]?.start;
    const position = at === undefined
        ? 'no source'
        : at < first
            ? 'before content'
            : at >= last
                ? 'after content'
                : 'inside content';
    return [
        ['class', `${marks}, ${g.sourceIsPronoun ? 'pronoun source' : 'other source'}`],
        ['source', source],
        ['speaker position', position],
        ['content', content.length > 1 ? 'split' : 'one span'],
    ];
}
function snippet(text, max = 90) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
const newTally = () => ({ gold: 0, found: 0, predicted: 0, correct: 0, judged: 0, right: 0 });
/**
 * Scores predicted quotes against PolNeAR gold. Each gold line (one article as seen by one annotator) is scored
 * against the record with the same document id and the counts are pooled over lines, so an article annotated
 * twice counts twice. View `quoted`: recall over gold attributions with quote marks, precision over predicted
 * direct/mixed quotes (matched against every gold attribution). View `all`: every attribution, every quote.
 */
export function scoreQuotes(gold, pred, options = {}) {
    const coverages = [...(options.coverages ?? DEFAULT_COVERAGES)].sort((a, b) => a - b);
    const lowest = coverages[0] ?? 0.3;
    const tallies = new Map();
    const tally = (view, c) => getOrInsert(tallies, `${view}@${c}`, newTally);
    const classes = new Map();
    const countClass = (g, found, judged, right) => {
        for (const [dimension, value] of classesOf(g)) {
            const key = `${dimension}\u0000${value}`;
            const c = getOrInsert(classes, key, () => ({
                dimension,
                value,
                gold: 0,
                found: 0,
                judged: 0,
                right: 0,
            }));
            classes.set(key, {
                ...c,
                gold: c.gold + 1,
                found: c.found + (found ? 1 : 0),
                judged: c.judged + (judged ? 1 : 0),
                right: c.right + (right ? 1 : 0),
            });
        }
    };
    const kinds = new Map();
    const speakerErrors = [];
    const missedExamples = [];
    const missingRecords = new Set();
    for (const line of gold) {
        const record = pred.get(line.id);
        if (!record)
            missingRecords.add(line.id);
        const quotes = record?.quotes ?? [];
        const actors = new Map((record?.actors ?? []).map((a) => [a.id, a]));
        const attributions = line.attributions.filter((a) => a.content !== null);
        for (const view of QUOTE_VIEWS) {
            const predIndex = quotes.flatMap((q, i) => (view === 'all' || isQuotedKind(q) ? [i] : []));
            const viewPred = predIndex.map((i) => quotes[i]);
            const pairs = coveragePairs(attributions, viewPred);
            for (const c of coverages) {
                const matches = matchOneToOne(pairs, c);
                const t = tally(view, c);
                t.predicted += viewPred.length;
                t.correct += matches.size;
                const isLowestAll = view === 'all' && c === lowest;
                attributions.forEach((g, gi) => {
                    if (view === 'quoted' && !g.quoted)
                        return;
                    t.gold++;
                    const pi = matches.get(gi);
                    const example = (q) => ({
                        document: line.id,
                        annotator: line.annotator,
                        content: snippet(g.content?.text ?? ''),
                        goldSource: g.source?.text ?? null,
                        predictedMention: q?.speaker.mention?.text ?? null,
                        predictedActor: q?.speaker.actor ? (actors.get(q.speaker.actor)?.name ?? q.speaker.actor) : null,
                    });
                    const q = pi === undefined ? undefined : viewPred[pi];
                    const judged = q !== undefined && g.source !== null;
                    const right = judged && isSpeakerRight(g, q, actors);
                    if (q)
                        t.found++;
                    if (judged)
                        t.judged++;
                    if (right)
                        t.right++;
                    if (!isLowestAll)
                        return;
                    countClass(g, q !== undefined, judged, right);
                    if (!q)
                        missedExamples.push(example(undefined));
                    else if (judged && !right)
                        speakerErrors.push(example(q));
                });
                if (view === 'all' && c === lowest) {
                    const matchedPred = new Set(matches.values());
                    viewPred.forEach((q, pi) => {
                        const k = kinds.get(q.kind) ?? { predicted: 0, correct: 0 };
                        kinds.set(q.kind, {
                            predicted: k.predicted + 1,
                            correct: k.correct + (matchedPred.has(pi) ? 1 : 0),
                        });
                    });
                }
            }
        }
    }
    const views = [];
    for (const view of QUOTE_VIEWS) {
        for (const c of coverages) {
            const t = tally(view, c);
            views.push({
                view,
                coverage: c,
                gold: t.gold,
                found: t.found,
                predicted: t.predicted,
                correct: t.correct,
                ...prf(t.correct, t.predicted, t.found, t.gold),
                speakerJudged: t.judged,
                speakerRight: t.right,
                speakerAccuracy: ratio(t.right, t.judged),
            });
        }
    }
    return {
        goldLines: gold.length,
        articles: new Set(gold.map((g) => g.id)).size,
        missingRecords: [...missingRecords],
        views,
        classes: [...classes.values()].sort((a, b) => CLASS_DIMENSIONS.indexOf(a.dimension) - CLASS_DIMENSIONS.indexOf(b.dimension) ||
            a.value.localeCompare(b.value)),
        byKind: [...kinds].map(([kind, k]) => ({ kind, ...k })).sort((a, b) => a.kind.localeCompare(b.kind)),
        speakerErrors,
        missedExamples,
    };
}
//# sourceMappingURL=quotes.js.map