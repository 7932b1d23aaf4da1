/** Runs a command with process.stdout and process.stderr captured; both are restored afterwards. */
export async function captureOutput(
  run: () => Promise<number>,
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const { write: writeOut } = process.stdout
  const { write: writeErr } = process.stderr
  process.stdout.write = ((chunk: string) => {
    out += chunk
    return true
  }) as typeof process.stdout.write
  process.stderr.write = ((chunk: string) => {
    err += chunk
    return true
  }) as typeof process.stderr.write
  try {
    return { code: await run(), out, err }
  } finally {
    process.stdout.write = writeOut
    process.stderr.write = writeErr
  }
}
