import { runIngestCommand } from './src/cli/ingest.js'
process.exitCode = await runIngestCommand(process.argv.slice(2))
