import { parseArgs } from 'node:util'
import { formatActorRules, formatActors } from '../query/format.js'
import { queryActors, totalOfActors } from '../query/queries.js'
import { personNameKey } from '../store/identity.js'
import { openStore } from '../store/open-store.js'
import type { Store } from '../store/store.js'
import { UsageError, writeErr, writeOut } from './io.js'
import { countOption, DB_OPTION_HELP, openStoreForReading, outputFormat, readableDb } from './store-args.js'
import { shownOfTotal } from './stored-listings.js'

export const ACTORS_USAGE = `usage: parley actors [--search TEXT] [--limit N] [--offset N] [--db PATH] [--format table|json|csv]
       parley actors merge FROM INTO [--db PATH]
       parley actors split ACTOR NAME [--db PATH]
       parley actors rules [--db PATH] [--format table|json|csv]

  The stored actors (merged across articles), the most mentioned first. One person is one actor: the name
  without titles, initials and suffixes ("Sen. Ted Cruz", "Donald J. Trump") is the identity, whatever
  country or sector an article gave; a surname alone goes to the one person of that surname who dominates
  the record (three times the mentions of the next).
  --search TEXT    a part of the name, or a country code (RUS)
  --limit/--offset paging (default 100 from 0)
  merge FROM INTO  moves everything stored of actor FROM (an id, or an exact name) to actor INTO and keeps
                   the rule: FROM's name and key are INTO in articles stored later
  split ACTOR NAME the articles that named ACTOR (an id, or an exact name) so become an actor of their own
                   (stored again, events and quotations included), and NAME stays apart in later articles
                   ("split 'Hillary Clinton' Clinton": articles that only say "Clinton" are someone else)
  rules            the kept merge and split rules, oldest first
${DB_OPTION_HELP}`

export async function runActorsCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      search: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      db: { type: 'string' },
      format: { type: 'string' },
    },
  })
  const [action, ...rest] = positionals
  if (action === 'merge') return mergeCommand(rest, values.db)
  if (action === 'split') return splitCommand(rest, values.db)
  if (action === 'rules') return rulesCommand(rest, values.db, values.format)
  if (action !== undefined)
    throw new UsageError(`unexpected argument "${action}" (use --search, merge, split or rules)`)
  const format = outputFormat(values.format)
  const limit = countOption('limit', values.limit)
  const offset = countOption('offset', values.offset)
  const store = openStoreForReading(values.db)
  try {
    const filters = {
      ...(values.search !== undefined ? { search: values.search } : {}),
      ...(limit !== undefined ? { limit } : {}),
      ...(offset !== undefined ? { offset } : {}),
    }
    const actors = await queryActors(store, filters)
    await writeOut(formatActors(actors, format))
    if (format === 'table') {
      const line = shownOfTotal('actors', offset ?? 0, actors.length, await totalOfActors(store, filters))
      if (line) writeErr(line)
    }
    return 0
  } finally {
    await store.close()
  }
}

/** An actor named on the command line: its id, or a name that is exactly one stored actor's. */
async function actorArgument(store: Store, value: string): Promise<number> {
  if (/^\d+$/.test(value)) {
    const [found] = await store.findActors({ ids: [Number(value)] })
    if (!found) throw new UsageError(`no actor with id ${value}`)
    return found.id
  }
  const found = await store.findActors({ nameKeys: [personNameKey(value)], limit: 5 })
  if (found.length === 0) throw new UsageError(`no actor named "${value}" (see "parley actors --search")`)
  if (found.length > 1) {
    const ids = found.map((a) => `${a.id} (${a.kind}${a.country ? `, ${a.country}` : ''})`).join(', ')
    throw new UsageError(`"${value}" names several actors: ${ids}; give an id`)
  }
  return found[0]!.id
}

async function mergeCommand(args: readonly string[], db: string | undefined): Promise<number> {
  if (args.length !== 2) throw new UsageError('actors merge takes two actors: FROM INTO')
  const store = openStore(readableDb(db))
  try {
    const from = await actorArgument(store, args[0]!)
    const into = await actorArgument(store, args[1]!)
    if (from === into) throw new UsageError(`"${args[0]}" and "${args[1]}" are the same actor (${from})`)
    const outcome = await store.mergeActors(from, into)
    if (!outcome) throw new UsageError(`actor ${from} or ${into} is gone`)
    writeErr(
      `parley actors: merged actor ${outcome.from} into ${outcome.into} (${outcome.documents} document link(s), ` +
        `${outcome.events} event(s)); later articles follow the rule`,
    )
    return 0
  } finally {
    await store.close()
  }
}

async function splitCommand(args: readonly string[], db: string | undefined): Promise<number> {
  if (args.length !== 2) throw new UsageError('actors split takes an actor and a name: ACTOR NAME')
  const store = openStore(readableDb(db))
  try {
    const actor = await actorArgument(store, args[0]!)
    const outcome = await store.splitActor(actor, args[1]!)
    if (!outcome)
      throw new UsageError(
        `no article names actor ${actor} "${args[1]}", or every one does: nothing to split`,
      )
    writeErr(
      `parley actors: split ${outcome.documents} article(s) off actor ${outcome.from} into actor ${outcome.into ?? '?'}; ` +
        `later articles follow the rule`,
    )
    return 0
  } finally {
    await store.close()
  }
}

async function rulesCommand(
  args: readonly string[],
  db: string | undefined,
  format: string | undefined,
): Promise<number> {
  if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}"`)
  const chosen = outputFormat(format)
  const store = openStoreForReading(db)
  try {
    await writeOut(formatActorRules(await store.actorRules(), chosen))
    return 0
  } finally {
    await store.close()
  }
}
