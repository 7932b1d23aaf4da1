import { parseArgs } from 'node:util';
import { formatActors } from '../query/format.js';
import { queryActors } from '../query/queries.js';
import { UsageError, writeOut } from './io.js';
import { countOption, DB_OPTION_HELP, openStoreForReading, outputFormat } from './store-args.js';
export const ACTORS_USAGE = `usage: parley actors [--search TEXT] [--limit N] [--offset N] [--db PATH] [--format table|json|csv]

  The stored actors (merged across articles), the most mentioned first.
  --search TEXT    a part of the name, or a country code (RUS)
  --limit/--offset paging (default 100 from 0)
${DB_OPTION_HELP}`;
export async function runActorsCommand(args) {
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
    });
    if (positionals.length > 0)
        throw new UsageError(`unexpected argument "${positionals[0]}" (use --search)`);
    const format = outputFormat(values.format);
    const limit = countOption('limit', values.limit);
    const offset = countOption('offset', values.offset);
    const store = openStoreForReading(values.db);
    try {
        const actors = await queryActors(store, {
            ...(values.search !== undefined ? { search: values.search } : {}),
            ...(limit !== undefined ? { limit } : {}),
            ...(offset !== undefined ? { offset } : {}),
        });
        await writeOut(formatActors(actors, format));
        return 0;
    }
    finally {
        await store.close();
    }
}
//# sourceMappingURL=actors.js.map