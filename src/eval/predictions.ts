import type { ParleyRecord } from '../record/record.js'
import { isObject, type JsonlContent, type JsonlProblem } from './jsonl.js'

export interface Predictions {
  /** Records by document id; error records become empty records. */
  readonly records: ReadonlyMap<string, ParleyRecord>
  /** Ids that came as error records. */
  readonly errors: ReadonlySet<string>
  readonly problems: readonly JsonlProblem[]
}

/** A record with no annotations, standing for a document that could not be processed. */
export function emptyRecord(id: string): ParleyRecord {
  return {
    document: { id, title: null, date: null, url: null, source: null, language: null },
    actors: [],
    places: [],
    quotes: [],
    events: [],
  }
}

const arrayOrEmpty = <T>(value: unknown): readonly T[] => (Array.isArray(value) ? (value as T[]) : [])

/**
 * Reads predicted records (one per line). Error records `{document:{id}, error}` count as empty predictions;
 * lines without `document.id` are reported as problems. Layers missing from a record are read as empty.
 */
export function parsePredictions(content: JsonlContent): Predictions {
  const records = new Map<string, ParleyRecord>()
  const errors = new Set<string>()
  const problems: JsonlProblem[] = [...content.problems]
  for (const { line, value } of content.lines) {
    const document = isObject(value) ? value.document : undefined
    if (!isObject(value) || !isObject(document) || typeof document.id !== 'string') {
      problems.push({ line, message: 'not a Parley record (no document.id)' })
      continue
    }
    const id = document.id
    if ('error' in value) {
      errors.add(id)
      records.set(id, emptyRecord(id))
      continue
    }
    const base = value as unknown as ParleyRecord
    records.set(id, {
      ...base,
      actors: arrayOrEmpty(value.actors),
      places: arrayOrEmpty(value.places),
      quotes: arrayOrEmpty(value.quotes),
      events: arrayOrEmpty(value.events),
    })
  }
  return { records, errors, problems }
}
