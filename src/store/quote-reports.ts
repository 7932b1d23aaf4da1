import type { ParleyRecord, RecordQuote } from '../record/record.js'
import { quoteKey } from './dedup.js'
import type { Statement } from './event-reports.js'

const json = (value: unknown) => JSON.stringify(value)

/**
 * One stored quotation row as both backends write it, with its report key (`quoteKey` in dedup.ts: the same
 * quotation in syndicated copies shares it; null when too short to tell).
 */
export function insertQuote(
  docPk: number,
  record: ParleyRecord,
  q: RecordQuote,
  actorPks: ReadonlyMap<string, number>,
): Statement & { readonly key: string | null } {
  const speaker = q.speaker.actor
  const mention = q.speaker.mention
  const key = quoteKey(record.document.text ?? '', q.text, q.spans)
  return {
    key,
    sql: `INSERT INTO quotes (doc, doc_date, local_id, kind, text, spans, cue_start, cue_end, cue_text,
         speaker, speaker_local_id, speaker_start, speaker_end, speaker_text, report_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    params: [
      docPk,
      record.document.date,
      q.id,
      q.kind,
      q.text,
      json(q.spans.map(({ start, end }) => ({ start, end }))),
      q.cue?.start ?? null,
      q.cue?.end ?? null,
      q.cue?.text ?? null,
      speaker === null ? null : (actorPks.get(speaker) ?? null),
      speaker,
      mention?.start ?? null,
      mention?.end ?? null,
      mention?.text ?? null,
      key,
    ],
  }
}
