/**
 * Runs a command with what it writes to process.stdout and process.stderr captured; both are restored
 * afterwards. Only strings are captured (Parley writes strings): buffers, such as the test runner's own
 * messages to its parent, pass through.
 */
export async function captureOutput(
  run: () => Promise<number>,
): Promise<{ code: number; out: string; err: string }> {
  const captured = { out: '', err: '' }
  const restore = [intercept(process.stdout, 'out'), intercept(process.stderr, 'err')]
  function intercept(stream: NodeJS.WriteStream, into: 'out' | 'err'): () => void {
    const original = stream.write
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'string')
        return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest)
      captured[into] += chunk
      return true
    }) as typeof stream.write
    return () => {
      stream.write = original
    }
  }
  try {
    const code = await run()
    return { code, ...captured }
  } finally {
    for (const undo of restore) undo()
  }
}
