import { runServeCommand } from './src/cli/serve.js'
process.exitCode = await runServeCommand(process.argv.slice(2))
