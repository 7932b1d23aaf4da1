import {
  EVENT_STATUSES,
  type EventStatus,
  PLOVER_TYPES,
  type PloverType,
  QUOTE_KINDS,
  type QuoteKind,
} from '../doc/layers.js'
import { isIsoDate } from '../ingest/index.js'
import { EVENT_COUNT_KEYS, type EventCountKey } from '../store/aggregates.js'

/** The largest page a list endpoint returns. */
export const MAX_LIMIT = 500
export const DEFAULT_LIMIT = 50
const MAX_TEXT_PARAM = 200

/** A request the client got wrong: answered 400 with a message naming the parameter. */
export class BadRequest extends Error {
  override readonly name = 'BadRequest'
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message)
  }
}

/** How one query parameter is read: its kind decides the check and the parsed type. */
type ParamKind =
  | 'text'
  | 'date'
  | 'limit'
  | 'offset'
  | 'type'
  | 'status'
  | 'countKey'
  | 'order'
  | 'download'
  | 'quoteKind'

interface ParsedKinds {
  text: string
  date: string
  limit: number
  offset: number
  type: PloverType
  status: EventStatus
  countKey: EventCountKey
  order: 'asc' | 'desc'
  download: EventDownload
  quoteKind: QuoteKind
}

/** What `/api/events` answers in: a JSON page, or the whole view as CSV or PLOVER JSON lines. */
export const EVENT_DOWNLOADS = ['json', 'csv', 'plover'] as const
export type EventDownload = (typeof EVENT_DOWNLOADS)[number]

function oneOf<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  const lower = value.trim().toLowerCase()
  if (!(allowed as readonly string[]).includes(lower))
    throw new BadRequest(name, `parameter "${name}" must be one of ${allowed.join(', ')}`)
  return lower as T
}

type Spec = Readonly<Record<string, { readonly kind: ParamKind; readonly required?: boolean }>>

/** The parsed parameters of a spec: present ones typed by kind; limit/offset always filled. */
export type Params<S extends Spec> = {
  -readonly [K in keyof S]?: ParsedKinds[S[K]['kind']]
}

const PLOVER_SET: ReadonlySet<string> = new Set(PLOVER_TYPES)
const STATUS_SET: ReadonlySet<string> = new Set(EVENT_STATUSES)

const PARSERS: { readonly [K in ParamKind]: (value: string, name: string) => ParsedKinds[K] } = {
  text(value, name) {
    const text = value.trim()
    if (text === '') throw new BadRequest(name, `parameter "${name}" must not be empty`)
    if (text.length > MAX_TEXT_PARAM) {
      throw new BadRequest(name, `parameter "${name}" is longer than ${MAX_TEXT_PARAM} characters`)
    }
    return text
  },
  date(value, name) {
    if (!isIsoDate(value))
      throw new BadRequest(name, `parameter "${name}" must be a date YYYY-MM-DD, not "${value}"`)
    return value
  },
  limit(value, name) {
    const n = integer(value, name)
    if (n < 1 || n > MAX_LIMIT)
      throw new BadRequest(name, `parameter "${name}" must be between 1 and ${MAX_LIMIT}`)
    return n
  },
  offset(value, name) {
    const n = integer(value, name)
    if (n < 0) throw new BadRequest(name, `parameter "${name}" must be 0 or more`)
    return n
  },
  type(value, name) {
    const upper = value.trim().toUpperCase()
    if (!PLOVER_SET.has(upper)) {
      throw new BadRequest(
        name,
        `parameter "${name}" must be a PLOVER event type (${PLOVER_TYPES.join(', ')})`,
      )
    }
    return upper as PloverType
  },
  status(value, name) {
    const lower = value.trim().toLowerCase()
    if (!STATUS_SET.has(lower)) {
      throw new BadRequest(name, `parameter "${name}" must be one of ${EVENT_STATUSES.join(', ')}`)
    }
    return lower as EventStatus
  },
  order: (value, name) => oneOf(value, name, ['asc', 'desc'] as const),
  download: (value, name) => oneOf(value, name, EVENT_DOWNLOADS),
  quoteKind: (value, name) => oneOf(value, name, QUOTE_KINDS),
  countKey(value, name) {
    const key = value.trim().toLowerCase()
    if (!(EVENT_COUNT_KEYS as readonly string[]).includes(key)) {
      throw new BadRequest(name, `parameter "${name}" must be one of ${EVENT_COUNT_KEYS.join(', ')}`)
    }
    return key as EventCountKey
  },
}

function integer(value: string, name: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new BadRequest(name, `parameter "${name}" must be a whole number`)
  return Number(value)
}

/**
 * Reads the query string against a spec: unknown, repeated, malformed or missing required parameters are a
 * BadRequest naming the parameter. An empty value counts as absent (forms send `?type=`).
 */
export function parseParams<S extends Spec>(query: URLSearchParams, spec: S): Params<S> {
  const parsed: Record<string, unknown> = {}
  for (const name of new Set(query.keys())) {
    const rule = spec[name]
    if (rule === undefined) {
      const known = Object.keys(spec)
      const hint = known.length > 0 ? ` (known: ${known.join(', ')})` : ''
      throw new BadRequest(name, `unknown parameter "${name}"${hint}`)
    }
    const values = query.getAll(name)
    if (values.length > 1) throw new BadRequest(name, `parameter "${name}" is given more than once`)
    const value = values[0] ?? ''
    if (value === '') continue
    parsed[name] = PARSERS[rule.kind](value, name)
  }
  for (const [name, rule] of Object.entries(spec)) {
    if (rule.required && parsed[name] === undefined) {
      throw new BadRequest(name, `parameter "${name}" is required`)
    }
  }
  const since = parsed.since
  const until = parsed.until
  if (typeof since === 'string' && typeof until === 'string' && since > until) {
    throw new BadRequest('since', 'parameter "since" is after "until"')
  }
  return parsed as Params<S>
}

/** The page asked for, with defaults. */
export function pageOf(params: { limit?: number | undefined; offset?: number | undefined }): {
  limit: number
  offset: number
} {
  return { limit: params.limit ?? DEFAULT_LIMIT, offset: params.offset ?? 0 }
}

export const PAGE = { limit: { kind: 'limit' }, offset: { kind: 'offset' } } as const satisfies Spec

export const ACTORS_PARAMS = { search: { kind: 'text' }, ...PAGE } as const satisfies Spec

export const EVENTS_PARAMS = {
  actor: { kind: 'text' },
  recipient: { kind: 'text' },
  involving: { kind: 'text' },
  type: { kind: 'type' },
  status: { kind: 'status' },
  since: { kind: 'date' },
  until: { kind: 'date' },
  place: { kind: 'text' },
  order: { kind: 'order' },
  format: { kind: 'download' },
  ...PAGE,
} as const satisfies Spec

export const QUOTES_PARAMS = {
  speaker: { kind: 'text' },
  q: { kind: 'text' },
  since: { kind: 'date' },
  until: { kind: 'date' },
  kind: { kind: 'quoteKind' },
  ...PAGE,
} as const satisfies Spec

export const CONTACTS_PARAMS = {
  a: { kind: 'text', required: true },
  b: { kind: 'text', required: true },
  since: { kind: 'date' },
  until: { kind: 'date' },
} as const satisfies Spec

export const NETWORK_PARAMS = {
  since: { kind: 'date' },
  until: { kind: 'date' },
  limit: { kind: 'limit' },
} as const satisfies Spec

export const SPEAKERS_PARAMS = {
  since: { kind: 'date' },
  until: { kind: 'date' },
  limit: { kind: 'limit' },
} as const satisfies Spec

export const STATS_PARAMS = {
  by: { kind: 'countKey' },
  type: { kind: 'type' },
  status: { kind: 'status' },
  since: { kind: 'date' },
  until: { kind: 'date' },
  limit: { kind: 'limit' },
} as const satisfies Spec

export const NO_PARAMS = {} as const satisfies Spec
