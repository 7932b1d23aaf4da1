/**
 * `npm run bench [-- --corpus path] [--limit N] [--warmup N] [--rounds N] [--profile] [--json] [--no-end-to-end]`:
 * throughput of `extract` side by side with a bare wink-nlp pass (the floor) over the same texts, and the peak RSS
 * of each measured in its own child process. Then `parley extract` end to end as a user runs it (the built CLI:
 * startup, knowledge, reading the input, extraction, records as JSON on stdout), in one thread (`--workers 1`)
 * and on all cores. Budgets: extraction at most 4x the floor, end to end at most 3.5x, peak RSS at most 400 MB.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { fmt3, formatTable } from '../src/eval/table.js'
import { defaultCorpusPath, loadCorpus, projectRoot } from './corpus.js'
import { extractPass, floorPass, type PassResult, profilePass } from './measure.js'

const MAX_RATIO = 4
const MAX_END_TO_END_RATIO = 3.5
const MAX_RSS_MB = 400
const CLI = join(projectRoot, 'dist', 'cli', 'main.js')

interface EndToEnd {
  readonly workers: number
  readonly seconds: number
  readonly outputMb: number
}

/** `parley extract <corpus>` as a user runs it, its JSON read from the pipe and thrown away. */
function endToEnd(corpus: string, workers: number): Promise<EndToEnd> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [CLI, 'extract', corpus, '--workers', String(workers)], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    let bytes = 0
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`parley extract exited with ${code}`))
      else resolve({ workers, seconds: (performance.now() - started) / 1000, outputMb: bytes / 1e6 })
    })
  })
}

interface ChildResult extends PassResult {
  readonly peakRssMb: number
}

function inChild(mode: 'extract' | 'floor', corpus: string, limit: string, warmup: number): ChildResult {
  const script = join(projectRoot, 'bench', 'run-extract.ts')
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', script, mode, corpus, limit, String(warmup)],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    },
  )
  const last = out.trim().split('\n').pop() ?? '{}'
  return JSON.parse(last) as ChildResult
}

function median(results: readonly PassResult[]): PassResult {
  const sorted = [...results].sort((a, b) => a.seconds - b.seconds)
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

const rate = (count: number, seconds: number) => (seconds === 0 ? '-' : (count / seconds).toFixed(1))

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      limit: { type: 'string' },
      warmup: { type: 'string', default: '20' },
      rounds: { type: 'string', default: '3' },
      profile: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'no-end-to-end': { type: 'boolean', default: false },
    },
    strict: true,
  })
  const corpus = values.corpus ?? defaultCorpusPath()
  if (corpus === null) {
    console.error(
      'bench: no corpus: ../shared/eval/polnear/train.input.jsonl and samples/ are both absent (use --corpus)',
    )
    return 1
  }
  if (!existsSync(corpus)) {
    console.error(`bench: no such corpus: ${corpus}`)
    return 2
  }
  const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit)
  const warmup = Number(values.warmup)
  const rounds = Number(values.rounds)
  if (!(limit > 0) || !(warmup >= 0) || !(Number.isInteger(rounds) && rounds >= 1)) {
    console.error('bench: --limit and --rounds must be positive numbers, --warmup a non-negative one')
    return 2
  }
  const articles = await loadCorpus(corpus, limit)
  if (articles.length === 0) {
    console.error(`bench: ${corpus} holds no articles`)
    return 1
  }
  const chars = articles.reduce((n, a) => n + a.text.length, 0)
  if (!values.json) {
    console.log(`corpus: ${corpus} (${articles.length} articles, ${(chars / 1e6).toFixed(2)} M chars)`)
  }

  // same process, each after a warm-up; the passes alternate and the median round of each is kept
  floorPass(articles.slice(0, warmup))
  extractPass(articles.slice(0, warmup))
  const floorRounds: PassResult[] = []
  const extractRounds: PassResult[] = []
  for (let r = 0; r < rounds; r++) {
    floorRounds.push(floorPass(articles))
    extractRounds.push(extractPass(articles))
  }
  const floor = median(floorRounds)
  const extract = median(extractRounds)
  // peak memory of each pass in a fresh process
  const limitArg = values.limit ?? ''
  const floorChild = inChild('floor', corpus, limitArg, warmup)
  const extractChild = inChild('extract', corpus, limitArg, warmup)

  // end to end over the whole input, as a user runs it (only when the whole corpus is measured)
  const wantEndToEnd = !values['no-end-to-end'] && values.limit === undefined
  if (wantEndToEnd && !existsSync(CLI))
    console.error('bench: dist/ is not built (npm run build); end to end skipped')
  const cores = availableParallelism()
  const endToEndRuns: EndToEnd[] = []
  if (wantEndToEnd && existsSync(CLI)) {
    for (const workers of cores > 1 ? [1, cores] : [1]) endToEndRuns.push(await endToEnd(corpus, workers))
  }

  const ratio = extract.seconds / floor.seconds
  const timeOk = ratio <= MAX_RATIO
  const memoryOk = extractChild.peakRssMb <= MAX_RSS_MB
  const profile = values.profile ? profilePass(articles) : null

  if (values.json) {
    const stages = profile ? Object.fromEntries(profile) : undefined
    console.log(
      JSON.stringify(
        {
          corpus,
          articles: articles.length,
          chars,
          rounds,
          floor: { ...floor, peakRssMb: floorChild.peakRssMb },
          extract: { ...extract, peakRssMb: extractChild.peakRssMb },
          ratio,
          endToEnd: endToEndRuns.map((run) => ({ ...run, ratio: run.seconds / floor.seconds })),
          budget: {
            maxRatio: MAX_RATIO,
            maxEndToEndRatio: MAX_END_TO_END_RATIO,
            maxRssMb: MAX_RSS_MB,
            timeOk,
            memoryOk,
          },
          ...(stages ? { stagesMs: stages } : {}),
        },
        null,
        2,
      ),
    )
    return 0
  }
  // the corpus size is counted by the floor (wink-nlp's own sentences and tokens) for both rows
  const row = (name: string, pass: PassResult, child: ChildResult) => [
    name,
    pass.seconds.toFixed(2),
    rate(articles.length, pass.seconds),
    rate(floor.sentences, pass.seconds),
    rate(floor.tokens, pass.seconds),
    child.peakRssMb.toFixed(0),
  ]
  console.log(
    formatTable(
      ['pass', 'seconds', 'articles/s', 'sentences/s', 'tokens/s', 'peak RSS MB'],
      [row('floor (bare wink-nlp)', floor, floorChild), row('extract', extract, extractChild)],
    ),
  )
  console.log(
    `(${floor.sentences} sentences, ${floor.tokens} tokens by wink-nlp; peak RSS measured in a child process each)`,
  )
  console.log(`extract/floor: ${ratio.toFixed(2)}x (budget ${MAX_RATIO}x: ${timeOk ? 'holds' : 'EXCEEDED'})`)
  console.log(
    `peak RSS of extract: ${extractChild.peakRssMb.toFixed(0)} MB (budget ${MAX_RSS_MB} MB: ${memoryOk ? 'holds' : 'EXCEEDED'})`,
  )
  for (const run of endToEndRuns) {
    const e2e = run.seconds / floor.seconds
    console.log(
      `parley extract end to end, --workers ${run.workers}: ${run.seconds.toFixed(2)} s, ${(articles.length / run.seconds).toFixed(1)} articles/s, ` +
        `${run.outputMb.toFixed(0)} MB of JSON; ${e2e.toFixed(2)}x the floor (budget ${MAX_END_TO_END_RATIO}x: ${e2e <= MAX_END_TO_END_RATIO ? 'holds' : 'EXCEEDED'})`,
    )
  }
  if (profile) {
    const total = [...profile.values()].reduce((a, b) => a + b, 0)
    console.log('\nTime per stage (one more pass):')
    console.log(
      formatTable(
        ['stage', 'total ms', 'share', 'ms/article', 'x floor'],
        [...profile].map(([stage, ms]) => [
          stage,
          ms.toFixed(0),
          `${((ms / total) * 100).toFixed(1)}%`,
          (ms / articles.length).toFixed(2),
          fmt3(ms / 1000 / floor.seconds),
        ]),
      ),
    )
  }
  return 0
}

process.exitCode = await main()
