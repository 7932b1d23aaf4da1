import { diagnostic } from '../../diagnostics/diagnostic.js';
import { defineStage } from '../../pipeline/stage.js';
import { attributeQuotes } from './attribute.js';
const DEFAULTS = { includeBeliefs: true, minCuelessTokens: 6 };
/**
 * The quotations stage: direct, indirect and mixed quotations with their cue, the mention nearest the cue
 * and the actor holding that mention. Reports quote marks that do not pair as `quotes/unbalanced-mark`.
 */
export function quotes(options = {}) {
    const resolved = { ...DEFAULTS, ...options };
    return defineStage({
        name: 'quotes',
        requires: ['tokens', 'sentences', 'paragraphs', 'mentions', 'actors'],
        provides: ['quotes'],
        run(doc, ctx) {
            const { text, layers } = doc;
            const result = attributeQuotes({
                text,
                tokens: layers.tokens,
                sentences: layers.sentences,
                mentions: layers.mentions,
                actors: layers.actors,
            }, resolved);
            for (const mark of result.unbalanced) {
                const start = layers.tokens.start[mark.token];
                const end = layers.tokens.end[mark.token];
                const what = mark.reason === 'unclosed' ? 'is never closed' : 'closes nothing';
                ctx.report(diagnostic('quotes/unbalanced-mark', 'warning', `the quote mark ${text.slice(start, end)} ${what}`, {
                    stage: 'quotes',
                    span: { start, end },
                }));
            }
            return { quotes: result.quotes };
        },
    });
}
//# sourceMappingURL=quotes.js.map