import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ParleyRecord, RecordEvent, RecordQuote, RecordSpan } from '../../src/record/record.js'
import { type CorpusDoc, GOLDEN_DIR, loadCorpus } from './corpus.js'

/**
 * The checked-in expected record of a golden article (`NAME.record.json` beside `NAME.txt`): the whole record
 * with every span written `"START-END excerpt"` (the excerpt sliced from the article, so the file reads
 * without the text) and every actor reference written `"ID name"`, so a review of the diff shows what
 * changed and where. Only `npm run golden:update` writes these files.
 */
export interface GoldenRecord {
  readonly article: string
  readonly note: string
  readonly document: Omit<ParleyRecord['document'], 'text'>
  readonly actors: readonly unknown[]
  readonly places: readonly unknown[]
  readonly quotes: readonly unknown[]
  readonly events: readonly unknown[]
}

export const GOLDEN_NOTE =
  'Expected record, written by `npm run golden:update` from the current extraction; review changes in the diff.'

/** The golden articles as the extractor receives them (read like `parley extract NAME.txt --date D`). */
export async function loadGoldenDocs(): Promise<CorpusDoc[]> {
  return (await loadCorpus()).filter((doc) => doc.origin.startsWith('golden:'))
}

export function goldenName(doc: CorpusDoc): string {
  return doc.origin.replace(/^golden:/, '')
}

export function goldenRecordPath(name: string): string {
  return join(GOLDEN_DIR, `${name}.record.json`)
}

/** The checked-in file's text, or null when there is none yet. */
export function readGoldenRecord(name: string): string | null {
  const path = goldenRecordPath(name)
  return existsSync(path) ? readFileSync(path, 'utf8') : null
}

/** The readable view of `record` for the article `text` and file `article` (see GoldenRecord). */
export function goldenView(record: ParleyRecord, text: string, article: string): GoldenRecord {
  const span = (s: RecordSpan) => `${s.start}-${s.end} ${text.slice(s.start, s.end)}`
  const names = new Map(record.actors.map((a) => [a.id, a.name]))
  const ref = (id: string) => `${id} ${names.get(id) ?? '(no such actor)'}`
  const { text: _text, ...document } = record.document
  const quote = ({ id, kind, text: _joined, spans, cue, speaker, ...other }: RecordQuote) => ({
    id,
    kind,
    speaker: speaker.actor === null ? null : ref(speaker.actor),
    speakerMention: speaker.mention ? span(speaker.mention) : null,
    cue: cue ? span(cue) : null,
    spans: spans.map(span),
    ...other,
  })
  const event = ({
    id,
    type,
    mode,
    cameo,
    status,
    actor,
    recipient,
    date,
    location,
    ...other
  }: RecordEvent) => ({
    id,
    type,
    mode,
    cameo,
    status,
    actor: actor.map(ref),
    recipient: recipient.map(ref),
    date: date ? `${date.start}/${date.end}${date.text === null ? '' : ` ${date.text}`}` : null,
    location: location
      ? `${location.name} (${location.country ?? '-'}) ${location.lat},${location.lon}`
      : null,
    ...other,
    trigger: span(other.trigger),
    sentence: span(other.sentence),
  })
  return {
    article,
    note: GOLDEN_NOTE,
    document,
    actors: record.actors.map((a) => ({ ...a, mentions: a.mentions.map(span) })),
    places: record.places.map((p) => ({ ...p, mentions: p.mentions.map(span) })),
    quotes: record.quotes.map(quote),
    events: record.events.map(event),
  }
}

/** The JSON text of a view, exactly as the file holds it (the files are not reformatted by biome). */
export function viewText(view: GoldenRecord): string {
  return `${JSON.stringify(view, null, 2)}\n`
}

/**
 * A line diff of two texts (longest common subsequence): lines only in the expected text marked `-`, lines
 * only in the actual one `+`, with `context` unchanged lines around each change; numbers are expected-file
 * lines (for `+` lines, lines of the actual text).
 */
export function lineDiff(expected: string, actual: string, context = 2): string {
  const a = expected.split('\n')
  const b = actual.split('\n')
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
  const lcs = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  const rows: { mark: ' ' | '-' | '+'; line: string; at: number }[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      rows.push({ mark: ' ', line: a[i]!, at: i })
      i++
      j++
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      rows.push({ mark: '-', line: a[i]!, at: i++ })
    } else rows.push({ mark: '+', line: b[j]!, at: j++ })
  }
  const keep = rows.map((_row, k) =>
    rows.slice(Math.max(0, k - context), k + context + 1).some((near) => near.mark !== ' '),
  )
  const out: string[] = []
  rows.forEach((row, k) => {
    if (!keep[k]) {
      if (out.at(-1) !== '  …') out.push('  …')
      return
    }
    out.push(`${row.mark} ${String(row.at + 1).padStart(4)} ${row.line}`)
  })
  return out.join('\n')
}
