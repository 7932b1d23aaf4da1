import { createKnowledge, type Knowledge, KnowledgeError } from '../knowledge/index.js'

export interface UserKnowledgeArgs {
  /** The command line without `--kb`. */
  readonly args: string[]
  /** The knowledge base built from the files; undefined without files (the shipped data) or on errors. */
  readonly knowledge: Knowledge | undefined
  /** The files it was built from, for worker threads to build their own. */
  readonly files: readonly string[]
  readonly errors: readonly string[]
}

/**
 * `--kb PATH` (repeatable, any command) and PARLEY_KB (paths separated by ":") add the user's own knowledge:
 * organisations, places, country aliases and seats, dated office-holders, in one knowledge base for the
 * command.
 */
export function loadUserKnowledge(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): UserKnowledgeArgs {
  const args: string[] = []
  const files = (env.PARLEY_KB ?? '').split(':').filter((p) => p !== '')
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--kb' && i + 1 < argv.length) files.push(argv[++i]!)
    else if (arg.startsWith('--kb=')) files.push(arg.slice(5))
    else args.push(arg)
  }
  if (files.length === 0) return { args, knowledge: undefined, files, errors: [] }
  try {
    return { args, knowledge: createKnowledge({ files }), files, errors: [] }
  } catch (error) {
    if (error instanceof KnowledgeError) return { args, knowledge: undefined, files, errors: error.errors }
    throw error
  }
}
