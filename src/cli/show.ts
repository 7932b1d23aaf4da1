import { parseArgs } from 'node:util'
import { formatDocument } from '../query/format.js'
import { COMMAND_FORMATS } from '../query/output-formats.js'
import { queryDocument } from '../query/queries.js'
import { UsageError, writeErr, writeOut } from './io.js'
import { DB_OPTION_HELP, openStoreForReading, outputFormat } from './store-args.js'

export const SHOW_USAGE = `usage: parley show DOC_ID [--db PATH] [--format table|json]

  One stored article with its annotations: actors (with their global ids), quotations and events, with
  character offsets into the text. json: {record, contentHash, ingestedAt, actorIds, eventIds}.
${DB_OPTION_HELP}`

export async function runShowCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { db: { type: 'string' }, format: { type: 'string' } },
  })
  const [id, ...rest] = positionals
  if (id === undefined || rest.length > 0) throw new UsageError('give exactly one document id')
  const format = outputFormat(values.format, COMMAND_FORMATS.storedState)
  const store = openStoreForReading(values.db)
  try {
    const stored = await queryDocument(store, id)
    if (!stored) {
      writeErr(`parley show: no document "${id}" in the database`)
      return 1
    }
    await writeOut(formatDocument(stored, format === 'json' ? 'json' : 'table'))
    return 0
  } finally {
    await store.close()
  }
}
