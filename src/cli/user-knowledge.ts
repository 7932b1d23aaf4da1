import { addKnowledgeFile } from '../knowledge/index.js'

const loaded: string[] = []

/**
 * `--kb PATH` (repeatable, any command) and PARLEY_KB (paths separated by ":") add the user's own knowledge:
 * organisations, places, country aliases and seats, dated office-holders. Returns the arguments without it.
 */
export function loadUserKnowledge(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): { args: string[]; errors: string[] } {
  const args: string[] = []
  const paths = (env.PARLEY_KB ?? '').split(':').filter((p) => p !== '')
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--kb' && i + 1 < argv.length) paths.push(argv[++i]!)
    else if (arg.startsWith('--kb=')) paths.push(arg.slice(5))
    else args.push(arg)
  }
  const errors = paths.flatMap((path) => {
    const found = addKnowledgeFile(path)
    if (found.length === 0) loaded.push(path)
    return [...found]
  })
  return { args, errors }
}

/** The knowledge files loaded so far, for worker threads to load as this thread did. */
export function userKnowledgeFiles(): readonly string[] {
  return [...loaded]
}
