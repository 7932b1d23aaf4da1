import type Database from 'better-sqlite3'

/** Prepared statements by SQL text, prepared once per connection (filters build a bounded set of texts). */
export interface Statements {
  readonly db: Database.Database
  get(sql: string): Database.Statement
}

export function statements(db: Database.Database): Statements {
  const cache = new Map<string, Database.Statement>()
  return {
    db,
    get(sql) {
      let statement = cache.get(sql)
      if (!statement) {
        statement = db.prepare(sql)
        cache.set(sql, statement)
      }
      return statement
    },
  }
}

/** `?, ?, ?` for an IN list of n values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ')
}
