/**
 * Every output format Parley writes, in one registry: what each is, and which formats each command offers.
 * Extract-mode commands (reading articles) and stored-mode commands (reading the database) choose theirs
 * from here, parse `--format` with one function (src/cli/format-option.ts) and say the same in `--help`.
 */
export const FORMAT_DESCRIPTIONS = {
  table: 'aligned text columns fitted to the terminal (80 columns when piped; --wide: unclipped)',
  json: 'one JSON document (an array for listings)',
  csv: 'RFC 4180 comma-separated values with a header row',
  jsonl: 'one JSON record per line',
  plover: 'one PLOVER JSON record per line (the events PLOVER can code)',
} as const satisfies Record<string, string>

export type FormatName = keyof typeof FORMAT_DESCRIPTIONS

/** The formats each kind of command offers; the first is its default. */
export const COMMAND_FORMATS = {
  /** `parley extract`: whole records. */
  extract: ['json', 'jsonl'],
  /** `parley events <input…>`: events of articles read now. */
  articleEvents: ['table', 'json', 'plover'],
  /** `parley quotes <input…>`: quotations of articles read now. */
  articleQuotes: ['table', 'json'],
  /** Stored listings and aggregates: events, quotes, actors, contacts, speakers, stats. */
  storedListing: ['table', 'json', 'csv'],
  /** Stored state shown as a whole: show, feeds, alerts, jobs. */
  storedState: ['table', 'json'],
  /** `parley export`: the whole store, streamed. */
  export: ['plover', 'jsonl', 'csv'],
} as const satisfies Record<string, readonly FormatName[]>

export type CommandFormats = typeof COMMAND_FORMATS
export type FormatOf<K extends keyof CommandFormats> = CommandFormats[K][number]

/** `value` is one of the formats offered. */
export function isOffered<F extends FormatName>(value: string, offered: readonly F[]): value is F {
  return (offered as readonly string[]).includes(value)
}
