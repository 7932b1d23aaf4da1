#!/usr/bin/env node
import { runEvalCommand } from './eval.js'
import { EXTRACT_USAGE, runExtractCommand } from './extract.js'
import { UsageError, writeErr } from './io.js'

const HELP = `parley — a verifiable record of diplomatic engagement from news text

usage: parley <command> [options]

commands:
  extract <input…>   read articles and print Parley records (JSON)
  eval quotes|events|seed   score records against gold annotations
  help [command]     show help

${EXTRACT_USAGE}

Run "parley eval" without arguments for its usage.`

type Command = (args: readonly string[]) => Promise<number>

const COMMANDS: Readonly<Record<string, { run: Command; usage: string }>> = {
  extract: { run: runExtractCommand, usage: EXTRACT_USAGE },
  eval: { run: (args) => runEvalCommand([...args]), usage: 'usage: parley eval quotes|events|seed …' },
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv
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
    return await command.run(args)
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      writeErr(`parley ${name}: ${error.message}\n\n${command.usage}`)
      return 2
    }
    throw error
  }
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    writeErr(
      `parley: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
    process.exitCode = 70
  },
)
