import type { ClientBase } from 'pg'

/** A connection's queries with SQLite-style `?` placeholders (numbered `$n` for PostgreSQL here). */
export interface Sql {
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>
  one<T>(sql: string, ...params: unknown[]): Promise<T | undefined>
  /** Runs a statement; the number of rows it touched. */
  run(sql: string, ...params: unknown[]): Promise<number>
}

const numbered = new Map<string, string>()

/** `?` → `$1, $2…` (Parley's SQL holds no `?` inside literals). Cached per text: filters build few texts. */
function numberPlaceholders(sql: string): string {
  let text = numbered.get(sql)
  if (text === undefined) {
    let n = 0
    text = sql.replace(/\?/g, () => `$${++n}`)
    numbered.set(sql, text)
  }
  return text
}

export function sqlOn(client: ClientBase): Sql {
  const query = (sql: string, params: unknown[]) => client.query(numberPlaceholders(sql), params)
  return {
    async all<T>(sql: string, ...params: unknown[]) {
      return (await query(sql, params)).rows as T[]
    },
    async one<T>(sql: string, ...params: unknown[]) {
      return (await query(sql, params)).rows[0] as T | undefined
    },
    async run(sql, ...params) {
      return (await query(sql, params)).rowCount ?? 0
    },
  }
}
