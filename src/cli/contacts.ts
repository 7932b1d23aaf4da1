import { parseArgs } from 'node:util'
import { contacts } from '../query/contacts.js'
import { formatContacts, type OutputFormat } from '../query/format.js'
import { noActorMatches } from '../query/queries.js'
import { type CommandEnv, UsageError, writeErr, writeOut } from './io.js'
import { DB_OPTION_HELP, dateOption, openStoreForReading, outputFormat } from './store-args.js'

export const CONTACTS_USAGE = `usage: parley contacts A B [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--db PATH] [--format table|json|csv]

  The engagement between two actors, from the stored record: the last asserted contact, stated refusals and
  stated absence of contact, then every event between them with its sources.
  A, B             a person (full name or surname), a country (name or ISO code, e.g. RUS: the country
                   and its people, groups and state bodies), or a stored actor id
  --since/--until  only events dated within these bounds (inclusive)
${DB_OPTION_HELP}
  --format F       table (default); json: {a, b, summary, events}; csv: one row per event`

export interface ContactsCommandOptions {
  readonly a: string
  readonly b: string
  readonly since?: string
  readonly until?: string
  readonly db?: string
  readonly format: OutputFormat
}

export function parseContactsArgs(args: readonly string[]): ContactsCommandOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      since: { type: 'string' },
      until: { type: 'string' },
      db: { type: 'string' },
      format: { type: 'string' },
    },
  })
  const [a, b, ...rest] = positionals
  if (a === undefined || b === undefined || rest.length > 0) throw new UsageError('give exactly two actors')
  const since = dateOption('since', values.since)
  const until = dateOption('until', values.until)
  return {
    a,
    b,
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(values.db ? { db: values.db } : {}),
    format: outputFormat(values.format),
  }
}

/** `parley contacts A B`: exit 1 when either name matches no stored actor. */
export async function runContactsCommand(args: readonly string[], env: CommandEnv = {}): Promise<number> {
  const options = parseContactsArgs(args)
  const store = openStoreForReading(options.db)
  try {
    const range = {
      ...(env.knowledge ? { knowledge: env.knowledge } : {}),
      ...(options.since ? { since: options.since } : {}),
      ...(options.until ? { until: options.until } : {}),
    }
    const result = await contacts(store, options.a, options.b, range)
    for (const party of [result.a, result.b]) {
      if (party.actors.length === 0) writeErr(`parley contacts: ${noActorMatches(party.query)}`)
    }
    await writeOut(formatContacts(result, options.format))
    return result.a.actors.length === 0 || result.b.actors.length === 0 ? 1 : 0
  } finally {
    await store.close()
  }
}
