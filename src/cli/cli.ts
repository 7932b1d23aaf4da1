import { setTableWidth } from '../query/format.js'
import { StoreOpenError } from '../store/open-error.js'
import { ACTORS_USAGE, runActorsCommand } from './actors.js'
import { ALERTS_USAGE, runAlertsCommand } from './alerts.js'
import { CONTACTS_USAGE, runContactsCommand } from './contacts.js'
import { ENQUEUE_USAGE, runEnqueueCommand } from './enqueue.js'
import { EVAL_USAGE, runEvalCommand } from './eval.js'
import { EVENTS_USAGE, runEventsCommand } from './events.js'
import { EXPORT_USAGE, runExportCommand } from './export.js'
import { EXTRACT_USAGE, runExtractCommand } from './extract.js'
import { FEEDS_USAGE, runFeedsCommand } from './feeds.js'
import { INGEST_USAGE, runIngestCommand } from './ingest.js'
import { type CommandEnv, UsageError, writeErr } from './io.js'
import { JOBS_USAGE, runJobsCommand } from './jobs.js'
import { KB_USAGE, runKbCommand } from './kb.js'
import { QUOTES_USAGE, runQuotesCommand } from './quotes.js'
import { runServeCommand, SERVE_USAGE } from './serve.js'
import { runShowCommand, SHOW_USAGE } from './show.js'
import { runSpeakersCommand, runStatsCommand, SPEAKERS_USAGE, STATS_USAGE } from './stats.js'
import {
  hasInputs,
  runStoredEventsCommand,
  runStoredQuotesCommand,
  STORED_EVENTS_USAGE,
  STORED_QUOTES_USAGE,
} from './stored-listings.js'
import { loadUserKnowledge } from './user-knowledge.js'
import { runWatchCommand, WATCH_USAGE } from './watch.js'
import { runWorkerCommand, WORKER_USAGE } from './worker.js'

type Command = (args: readonly string[], env: CommandEnv) => Promise<number>

interface CommandEntry {
  readonly run: Command
  readonly usage: string
  readonly summary: string
}

const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  extract: {
    run: runExtractCommand,
    usage: EXTRACT_USAGE,
    summary: 'read articles and print Parley records (JSON)',
  },
  quotes: {
    run: (a, env) => (hasInputs(a) ? runQuotesCommand(a, env) : runStoredQuotesCommand(a, env)),
    usage: `${QUOTES_USAGE}\n\n${STORED_QUOTES_USAGE}`,
    summary: 'list quotations and their speakers (from articles, or from the database)',
  },
  events: {
    run: (a, env) => (hasInputs(a) ? runEventsCommand(a, env) : runStoredEventsCommand(a, env)),
    usage: `${EVENTS_USAGE}\n\n${STORED_EVENTS_USAGE}`,
    summary: 'list PLOVER events (from articles, or from the database)',
  },
  ingest: {
    run: (a, env) => runIngestCommand(a, env),
    usage: INGEST_USAGE,
    summary: 'extract articles into the database',
  },
  enqueue: {
    run: (a) => runEnqueueCommand(a),
    usage: ENQUEUE_USAGE,
    summary: 'queue articles for ingest workers (PostgreSQL)',
  },
  worker: {
    run: runWorkerCommand,
    usage: WORKER_USAGE,
    summary: 'extract queued articles into the database (PostgreSQL)',
  },
  jobs: {
    run: (a) => runJobsCommand(a),
    usage: JOBS_USAGE,
    summary: 'the ingest queue: progress, dead letters',
  },
  contacts: { run: runContactsCommand, usage: CONTACTS_USAGE, summary: 'the timeline between two actors' },
  actors: { run: runActorsCommand, usage: ACTORS_USAGE, summary: 'stored actors' },
  speakers: { run: runSpeakersCommand, usage: SPEAKERS_USAGE, summary: 'who is quoted most (stored record)' },
  stats: {
    run: runStatsCommand,
    usage: STATS_USAGE,
    summary: 'stored events counted by type, status, month or dyad',
  },
  show: { run: runShowCommand, usage: SHOW_USAGE, summary: 'one stored article with its annotations' },
  export: {
    run: runExportCommand,
    usage: EXPORT_USAGE,
    summary: 'export the stored record (PLOVER, JSONL, CSV)',
  },
  serve: { run: runServeCommand, usage: SERVE_USAGE, summary: 'HTTP API and dashboard' },
  watch: {
    run: (a) => runWatchCommand(a),
    usage: WATCH_USAGE,
    summary: 'follow news feeds into the database',
  },
  feeds: { run: runFeedsCommand, usage: FEEDS_USAGE, summary: 'the followed feeds and their state' },
  alerts: {
    run: (a) => runAlertsCommand(a),
    usage: ALERTS_USAGE,
    summary: 'saved queries delivered to webhooks when new events match',
  },
  kb: {
    run: (a, env) => runKbCommand(a, env),
    usage: KB_USAGE,
    summary: 'what Parley knows about a name, and importing your own data',
  },
  eval: {
    run: (a) => runEvalCommand([...a]),
    usage: EVAL_USAGE,
    summary: 'score records against gold annotations',
  },
}

const HELP = `parley — a verifiable record of diplomatic engagement from news text

usage: parley <command> [options] [--kb FILE]   (parley help <command> for a command's options)

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}
  help       show help

--kb FILE (any command, repeatable; or PARLEY_KB=FILE[:FILE]) adds your own knowledge: organisations, places,
country aliases and seats of government, dated office-holders (see examples/my-actors.yaml).
--wide (any command): tables at full width; otherwise they fit the terminal (80 columns when piped), ids whole.`

/**
 * Runs one command line (without the node and script arguments) and resolves with its exit code: 0 done,
 * 1 failed (bad input, an unusable database), 2 usage error. Unexpected errors reject.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const knowledge = loadUserKnowledge(argv)
  if (knowledge.errors.length > 0) {
    for (const error of knowledge.errors) writeErr(`parley: --kb ${error}`)
    return 2
  }
  const [name, ...given] = knowledge.args
  // tables fit the terminal (80 columns when output is not one) unless --wide asks for every column whole
  const args = given.filter((a) => a !== '--wide')
  if (args.length < given.length) setTableWidth(Number.POSITIVE_INFINITY)
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' && args[0] ? COMMANDS[args[0]] : undefined
    process.stdout.write(`${topic ? topic.usage : HELP}\n`)
    return 0
  }
  if (name === '--version') {
    process.stdout.write('parley 0.1.0\n')
    return 0
  }
  const command = COMMANDS[name]
  if (!command) {
    writeErr(`parley: unknown command "${name}"\n\n${HELP}`)
    return 2
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.usage}\n`)
    return 0
  }
  try {
    const env: CommandEnv = knowledge.knowledge
      ? { knowledge: knowledge.knowledge, knowledgeFiles: knowledge.files }
      : {}
    return await command.run(args, env)
  } catch (error) {
    const isArgError =
      error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
    if (error instanceof UsageError || isArgError) {
      writeErr(`parley ${name}: ${(error as Error).message}\n\n${command.usage}`)
      return 2
    }
    if (error instanceof StoreOpenError) {
      writeErr(`parley ${name}: ${error.message}`)
      return 1
    }
    if (isDamagedDatabase(error)) {
      writeErr(`parley ${name}: the database is damaged: ${(error as Error).message}`)
      return 1
    }
    throw error
  }
}

/** A SQLite error that says the file itself is bad (found after opening, in pages not read before). */
function isDamagedDatabase(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')
}
