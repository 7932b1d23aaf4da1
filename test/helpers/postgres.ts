import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The server the PostgreSQL suites use: $PARLEY_TEST_PG, else the local one of the dev and CI machines. */
export const TEST_SERVER = process.env.PARLEY_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test'

export interface TestDatabase {
  readonly url: string
  drop(): Promise<void>
}

/**
 * A database of its own (`parley_test_<random>`) so parallel runs never meet, or null when the server is
 * unreachable outside CI (the caller skips, saying why). Under CI (CI=1) an unreachable server is an error.
 */
export async function createTestDatabase(): Promise<TestDatabase | null> {
  const admin = new pg.Client({ connectionString: TEST_SERVER, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
  } catch (error) {
    if (process.env.CI) throw new Error(`PostgreSQL unreachable at ${TEST_SERVER} under CI: ${String(error)}`)
    return null
  }
  const name = `parley_test_${randomBytes(6).toString('hex')}`
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(TEST_SERVER)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_SERVER })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

export const SKIP_MESSAGE = `PostgreSQL unreachable at ${TEST_SERVER}: PostgreSQL suites skipped (set PARLEY_TEST_PG, or start the server)`
