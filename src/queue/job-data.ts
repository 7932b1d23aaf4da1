import { createHash } from 'node:crypto'
import type { DocMeta } from '../doc/doc.js'
import type { IngestDocument } from '../ingest/index.js'
import { contentHash } from '../store/keys.js'

/**
 * One document in the queue. The metadata travels as JSON text, not as a JSON object: PostgreSQL's jsonb
 * reorders keys, and the content hash (what makes a write idempotent) is taken over the metadata as written.
 */
export interface IngestJobData {
  /** Where the document came from (a path, `file.jsonl:LINE`), for messages. */
  readonly input: string
  readonly hash: string
  readonly meta: string
  readonly text: string
}

export interface JobDocument {
  readonly input: string
  readonly text: string
  readonly meta: DocMeta
  readonly hash: string
}

export function jobDataFor(item: IngestDocument): IngestJobData {
  const meta = JSON.stringify(item.meta)
  return { input: item.input, hash: contentHash(item.text, item.meta), meta, text: item.text }
}

/**
 * The job id of a document: a UUID made from its content hash, so the same document enqueued twice is one job
 * (pg-boss inserts with ON CONFLICT DO NOTHING).
 */
export function jobIdFor(hash: string): string {
  const hex = createHash('sha256').update(`parley-ingest:${hash}`).digest('hex')
  // RFC 4122 layout: version 5 (name-based, SHA), variant 10xx
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** Reads a job's data back, checking its shape and its hash; throws with the reason when it is not one of ours. */
export function readJobData(data: unknown): JobDocument {
  if (typeof data !== 'object' || data === null) throw new Error('queue/bad-job the job holds no data')
  const { input, hash, meta, text } = data as Record<string, unknown>
  if (
    typeof input !== 'string' ||
    typeof hash !== 'string' ||
    typeof meta !== 'string' ||
    typeof text !== 'string'
  )
    throw new Error('queue/bad-job the job lacks input, hash, meta or text')
  const parsed = JSON.parse(meta) as DocMeta
  if (typeof parsed?.id !== 'string') throw new Error('queue/bad-job the job metadata has no document id')
  if (contentHash(text, parsed) !== hash)
    throw new Error('queue/bad-job the job content does not match its hash')
  return { input, text, meta: parsed, hash }
}
