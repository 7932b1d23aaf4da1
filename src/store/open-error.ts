/**
 * The database named by `--db` cannot be used: missing where it must exist, a directory, not a SQLite file,
 * truncated or damaged, not a Parley database, or written by a newer Parley. The message is one line that
 * names the path; the CLI prints it as is and exits non-zero.
 */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError'
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`)
  }
}
