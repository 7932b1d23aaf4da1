import { lookupPhrase } from './src/knowledge/index.js'
for (const k of process.argv.slice(2)) console.log(k, JSON.stringify(lookupPhrase(k)).slice(0, 300))
