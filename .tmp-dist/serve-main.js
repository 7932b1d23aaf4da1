import { runServeCommand } from './cli/serve.js'
process.exitCode = await runServeCommand(process.argv.slice(2))
