import type { Sentence } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import type { TokenTable } from '../../doc/token-table.js'
import type { Lang } from '../../lang/lang.js'
import { foldTypography } from '../../lang/typography.js'

/** Text between a pair of quote marks (or from an opening mark to where an unclosed quotation must stop). */
export interface QuotedSegment {
  /** Token index of the opening mark (its last token when typed as two apostrophes). */
  readonly open: number
  /** First token of the opening mark. */
  readonly openFirst: number
  /** Token index of the closing mark, or -1 when the quotation was never closed. */
  readonly close: number
  /** Token after the closing mark (a mark typed as two apostrophes takes two tokens), or -1. */
  readonly afterClose: number
  /** Content tokens, marks excluded. */
  readonly tokenStart: number
  readonly tokenEnd: number
  /** Content characters, marks and surrounding blanks excluded. */
  readonly content: Span
  readonly paragraph: number
  /** Single marks at the top level (‘…’), not nested in a double-quoted passage. */
  readonly isSingle: boolean
  /** The quotation carries on into the next paragraph, which opens with a new mark and no close here. */
  readonly continues: boolean
  /** The marks did not balance and the end was recovered (paragraph end or next opening mark). */
  readonly isRecovered: boolean
}

export interface UnbalancedMark {
  /** Token index of the mark left without a partner. */
  readonly token: number
  readonly reason: 'unclosed' | 'unopened'
}

export interface QuoteMarkScan {
  readonly segments: readonly QuotedSegment[]
  readonly unbalanced: readonly UnbalancedMark[]
}

const isBlank = (ch: string | undefined) => ch === undefined || /\s/.test(ch)

/** The mark is glued to the word after it and not to the word before: it looks like an opening mark. */
function looksOpening(lang: Lang, text: string, start: number, end: number): boolean {
  const before = text[start - 1]
  const after = text[end]
  const freeBefore =
    isBlank(before) ||
    lang.speech.QUOTE_OPENING_CONTEXT.has(foldTypography(before!)) ||
    lang.grammar.DOUBLE_OPENERS.has(before!)
  return freeBefore && !isBlank(after)
}

/** The mark is glued to the word before it and followed by a blank or punctuation: it looks closing. */
function looksClosing(lang: Lang, text: string, start: number, end: number): boolean {
  const before = text[start - 1]
  const after = text[end]
  return (
    !isBlank(before) &&
    (isBlank(after) ||
      lang.speech.QUOTE_CLOSING_CONTEXT.has(foldTypography(after!)) ||
      lang.grammar.DOUBLE_CLOSERS.has(after!))
  )
}

/**
 * Pairs quote marks in one pass over the tokens. A quotation never runs past its paragraph unless the next
 * paragraph opens with a quote mark (a multi-paragraph quotation); an opening mark met while a quotation is
 * open closes the earlier one where the new one starts. Single marks inside a double-quoted passage are
 * nested quotes and stay part of its content; single marks at the top level pair only when they look like
 * quote marks (apostrophes are left alone).
 */
export function scanQuoteMarks(
  lang: Lang,
  text: string,
  tokens: TokenTable,
  sentences: readonly Sentence[],
): QuoteMarkScan {
  const segments: QuotedSegment[] = []
  const unbalanced: UnbalancedMark[] = []
  const paragraphOf = (token: number) => sentences[tokens.sentence[token]!]?.paragraph ?? 0
  const markAt = (token: number) => text.slice(tokens.start[token]!, tokens.end[token]!)

  let openDouble = -1
  let openDoubleFirst = -1
  let openSingle = -1
  let paragraph = -1
  let lastInParagraph = -1

  const emit = (
    open: number,
    endToken: number,
    close: number,
    isSingle: boolean,
    continues: boolean,
    afterClose = close + 1,
  ) => {
    const tokenStart = open + 1
    const tokenEnd = close >= 0 ? close : endToken
    if (tokenEnd <= tokenStart) return
    let start = tokens.end[open]!
    let end = close >= 0 ? tokens.start[close]! : tokens.end[tokenEnd - 1]!
    while (start < end && isBlank(text[start])) start++
    while (end > start && isBlank(text[end - 1])) end--
    if (end <= start) return
    segments.push({
      open,
      openFirst: open === openDouble && openDoubleFirst >= 0 ? openDoubleFirst : open,
      close,
      afterClose: close >= 0 ? afterClose : -1,
      tokenStart,
      tokenEnd,
      content: { start, end },
      paragraph: paragraphOf(open),
      isSingle,
      continues,
      isRecovered: close < 0 && !continues,
    })
  }

  /** Ends an open quotation at a paragraph break: continued when the next paragraph opens with a mark. */
  const endParagraph = (nextToken: number) => {
    if (openDouble >= 0) {
      const continues =
        nextToken < tokens.length &&
        lang.grammar.DOUBLE_OPENERS.has(markAt(nextToken)) &&
        markAt(nextToken) !== '”'
      if (!continues) unbalanced.push({ token: openDouble, reason: 'unclosed' })
      emit(openDouble, lastInParagraph + 1, -1, false, continues)
    }
    openDouble = -1
    openSingle = -1
  }

  for (let i = 0; i < tokens.length; i++) {
    const p = paragraphOf(i)
    if (p !== paragraph) {
      if (paragraph >= 0) endParagraph(i)
      paragraph = p
    }
    lastInParagraph = i
    const start = tokens.start[i]!
    let end = tokens.end[i]!
    if (end - start !== 1) continue
    let mark = text[start]!
    // two apostrophes typed as a double mark: ''…''
    let last = i
    if (mark === "'" && i + 1 < tokens.length && tokens.start[i + 1] === end && text[end] === "'") {
      mark = '"'
      last = i + 1
      end++
    }
    const isDouble = lang.grammar.DOUBLE_OPENERS.has(mark) || lang.grammar.DOUBLE_CLOSERS.has(mark)
    if (isDouble) {
      const canOpen = lang.grammar.DOUBLE_OPENERS.has(mark)
      const canClose = lang.grammar.DOUBLE_CLOSERS.has(mark)
      const closeAt = i // a closing mark ends the content at its first token
      i = last
      lastInParagraph = i
      if (openDouble < 0) {
        // a closing mark typed where an opening one belongs (”Mr. Trump’s …) opens when it looks like one
        const opens = canOpen
          ? !(canClose && looksClosing(lang, text, start, end) && !looksOpening(lang, text, start, end))
          : looksOpening(lang, text, start, end) && !looksClosing(lang, text, start, end)
        if (opens) {
          openDouble = last
          openDoubleFirst = closeAt
          openSingle = -1
        } else {
          unbalanced.push({ token: last, reason: 'unopened' })
        }
        continue
      }
      // a quotation is open: close it, unless this is clearly a fresh opening mark
      const freshOpening =
        canOpen && looksOpening(lang, text, start, end) && !(canClose && looksClosing(lang, text, start, end))
      if (canClose && !freshOpening) {
        emit(openDouble, closeAt, closeAt, false, false, last + 1)
        openDouble = -1
      } else if (mark === '“' && looksClosing(lang, text, start, end)) {
        // a mistyped closing mark
        emit(openDouble, closeAt, closeAt, false, false, last + 1)
        openDouble = -1
      } else {
        unbalanced.push({ token: openDouble, reason: 'unclosed' })
        emit(openDouble, closeAt, -1, false, false)
        openDouble = last
        openDoubleFirst = closeAt
      }
      continue
    }
    if (openDouble >= 0) continue // single marks nested in a double-quoted passage are content
    if (openSingle < 0) {
      if (lang.grammar.SINGLE_OPENERS.has(mark) && looksOpening(lang, text, start, end)) openSingle = i
    } else if (lang.grammar.SINGLE_CLOSERS.has(mark) && looksClosing(lang, text, start, end)) {
      emit(openSingle, i, i, true, false)
      openSingle = -1
    }
  }
  if (paragraph >= 0) endParagraph(tokens.length)
  segments.sort((a, b) => a.open - b.open)
  return { segments, unbalanced }
}
