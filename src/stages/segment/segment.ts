import { diagnostic } from '../../diagnostics/diagnostic.js'
import type { Sentence } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import { posCode, type TokenTable } from '../../doc/token-table.js'
import { normColumn } from '../../lang/norm.js'
import { foldTypography, tokenizerCopy } from '../../lang/typography.js'
import { defineStage } from '../../pipeline/stage.js'
import { splitCaption } from './captions.js'

const SPACE_POS = posCode('SPACE')

/** Paragraphs are runs of text separated by line breaks; blank lines are not paragraphs. */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = []
  const lineBreak = /\r?\n|\r/g
  let lineStart = 0
  const push = (start: number, end: number) => {
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s) paragraphs.push({ start: s, end: e })
  }
  for (let m = lineBreak.exec(text); m !== null; m = lineBreak.exec(text)) {
    push(lineStart, m.index)
    lineStart = m.index + m[0].length
  }
  push(lineStart, text.length)
  return paragraphs
}

/** Invisible format characters (BOM, zero-width space/joiners, soft hyphen) a tokenizer may drop inside a word. */
const INVISIBLE = /[\p{Cf}]/u
const INVISIBLE_ALL = /[\p{Cf}]/gu

/**
 * Where `value` ends if it is written in `text` from `at`, allowing invisible format characters in the text
 * between its letters (the tokenizer dropped them: "Davutoğ<U+FEFF>lu" is the token "Davutoğlu"); -1 if not.
 */
function matchEnd(text: string, value: string, at: number): number {
  if (text.startsWith(value, at)) return at + value.length
  let t = at
  for (let v = 0; v < value.length; t++) {
    if (t >= text.length) return -1
    if (text[t] === value[v]) v++
    else if (v === 0 || !INVISIBLE.test(text[t]!)) return -1
  }
  return t
}

/** Aligns wink-nlp tokens to character offsets in `text`. */
function alignTokens(text: string, values: readonly string[], spaces: readonly string[]) {
  const n = values.length
  const start = new Int32Array(n)
  const end = new Int32Array(n)
  const unaligned: number[] = []
  let cursor = 0
  for (let i = 0; i < n; i++) {
    const value = values[i]!
    let at = cursor + spaces[i]!.length
    let stop = matchEnd(text, value, at)
    if (stop < 0) {
      const found = text.indexOf(value, cursor)
      if (found < 0) unaligned.push(i)
      at = found < 0 ? cursor : found
      stop = found < 0 ? at : found + value.length
    }
    start[i] = at
    end[i] = stop
    cursor = stop
  }
  return { start, end, unaligned }
}

/**
 * Tokens, sentences and paragraphs from one pass of the language's tokenizer over the text with its typography folded to ASCII
 * (same length, so offsets index the original). Sentences never cross a paragraph break and their spans
 * exclude surrounding whitespace.
 */
export function segment() {
  return defineStage({
    name: 'segment',
    requires: [],
    provides: ['tokens', 'sentences', 'paragraphs'],
    run(doc, ctx) {
      const { text } = doc
      const copy = tokenizerCopy(text)
      const a = ctx.lang.tokenizer.analyse(copy)
      const n = a.values.length
      const { start, end, unaligned } = alignTokens(copy, a.values, a.spaces)
      for (const i of unaligned) {
        const at = { start: start[i]!, end: start[i]! }
        const message = `the token ${JSON.stringify(a.values[i])} is not written in the text here`
        ctx.report(diagnostic('segment/unaligned-token', 'warning', message, { stage: 'segment', span: at }))
      }
      const pos = new Uint8Array(n)
      const lower = new Array<string>(n)
      const lemma = new Array<string>(n)
      for (let i = 0; i < n; i++) {
        pos[i] = posCode(a.pos[i]!)
        lower[i] = (end[i]! > start[i]! ? text.slice(start[i], end[i]) : a.values[i]!)
          .replace(INVISIBLE_ALL, '')
          .toLowerCase()
        lemma[i] = foldTypography(a.lemmas[i]!.toLowerCase())
      }
      const paragraphs = findParagraphs(text)
      const sentenceOf = new Int32Array(n)
      const sentences: Sentence[] = []
      let paragraph = 0
      const pushSentence = (first: number, last: number) => {
        let f = first
        let l = last
        while (f <= l && pos[f] === SPACE_POS) f++
        while (l >= f && pos[l] === SPACE_POS) l--
        if (f > l) return
        while (paragraph + 1 < paragraphs.length && paragraphs[paragraph]!.end <= start[f]!) paragraph++
        const sentence = { start: start[f]!, end: end[l]!, tokenStart: f, tokenEnd: l + 1, paragraph }
        sentences.push(
          ...splitCaption(sentence, { text, start, end, pos, lower }, ctx.lang.speech.LINK_LABELS),
        )
      }
      for (const [first, last] of a.sentences) {
        // split further at paragraph breaks wink-nlp did not see
        let from = first
        for (let i = first; i <= last; i++) {
          if (pos[i] === SPACE_POS && /[\r\n]/.test(a.values[i]!) && i > from) {
            pushSentence(from, i - 1)
            from = i + 1
          }
        }
        if (from <= last) pushSentence(from, last)
      }
      // every token belongs to the sentence that starts at or before it
      let s = 0
      for (let i = 0; i < n; i++) {
        while (s + 1 < sentences.length && sentences[s + 1]!.tokenStart <= i) s++
        sentenceOf[i] = s
      }
      const norm = normColumn(lower, start, end, ctx.lang.norms)
      const tokens: TokenTable = { length: n, start, end, sentence: sentenceOf, pos, lemma, lower, norm }
      return { tokens, sentences, paragraphs }
    },
  })
}
