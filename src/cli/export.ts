import { parseArgs } from 'node:util'
import { EXPORT_FORMATS, exportRecords } from '../query/export.js'
import { formatOption } from './format-option.js'
import { UsageError, writeOut } from './io.js'
import { DB_OPTION_HELP, openStoreForReading } from './store-args.js'

export const EXPORT_USAGE = `usage: parley export --format plover|jsonl|csv [--all-statuses] [--db PATH]

  The whole stored record on stdout, for downstream analysis:
  plover           one PLOVER JSON record per de-duplicated event (asserted events only, unless
                   --all-statuses: then each carries its status)
  jsonl            one Parley record per stored document, as "parley extract --format jsonl" prints it
  csv              one row per de-duplicated event, with its first report (document, sentence, trigger)
${DB_OPTION_HELP}`

export async function runExportCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      db: { type: 'string' },
      'all-statuses': { type: 'boolean', default: false },
    },
  })
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
  const format = formatOption(values.format, EXPORT_FORMATS, { required: true })
  const store = openStoreForReading(values.db)
  try {
    for await (const chunk of exportRecords(store, format, { allStatuses: values['all-statuses'] })) {
      if (chunk !== '') await writeOut(chunk)
    }
    return 0
  } finally {
    await store.close()
  }
}
