/**
 * Imports PETRARCH-2's verb dictionary into src/lang/en/data/petrarch-verbs.json:
 *
 *   node --import tsx scripts/import-petrarch-verbs.ts [--check] [--shared DIR]
 *
 * Reads ../shared/kb-sources/petrarch-verbs/CAMEO.2.0.txt (MIT, © Open Event Data Alliance) and maps its
 * CAMEO codes to PLOVER with ../shared/eval/plover-gsr/CAMEO2PLOVER-2021.txt. What does not validate is
 * dropped and counted by reason (printed, and kept in the file's "report"): patterns that do not parse,
 * unknown codes, codes without a PLOVER mapping (CAMEO 01 statements and 02 appeals, which PLOVER drops),
 * duplicates. Words are lemmatised with wink-nlp, the lemmatizer the pipeline reads tokens with.
 * `--check` exits 1 when the committed file is not what the sources give.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { english } from '../src/lang/en/index.js'
import type { PetrarchData } from '../src/lang/en/petrarch-data.js'
import { compactPattern, compactVerb } from '../src/lang/en/petrarch-patterns.js'
import { writeOrCheck } from './generated-file.mjs'
import { importDictionary, parseCameoMapping } from './petrarch-dictionary.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, 'src/lang/en/data/petrarch-verbs.json')
const mappingTarget = join(root, 'src/lang/en/data/cameo-plover.json')

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, shared: { type: 'string' } },
  strict: true,
})
const shared = resolve(values.shared ?? join(root, '..', 'shared'))
const dictionaryPath = join(shared, 'kb-sources/petrarch-verbs/CAMEO.2.0.txt')
const mappingPath = join(shared, 'eval/plover-gsr/CAMEO2PLOVER-2021.txt')
for (const path of [dictionaryPath, mappingPath]) {
  if (!existsSync(path)) {
    console.error(`${path}: missing (the import reads the OEDA sources in ../shared; use --shared DIR)`)
    process.exit(2)
  }
}

const cache = new Map<string, string>()
/** The lemma wink-nlp gives a word read alone. */
function lemmatize(word: string): string {
  let lemma = cache.get(word)
  if (lemma === undefined) {
    const out = english.tokenizer.analyse(word).lemmas
    lemma = out.length === 1 ? out[0]!.toLowerCase() : word
    cache.set(word, lemma)
  }
  return lemma
}

const mapping = parseCameoMapping(readFileSync(mappingPath, 'utf8'))
const imported = importDictionary(readFileSync(dictionaryPath, 'utf8'), mapping, lemmatize)

const data: PetrarchData = {
  source: {
    file: 'CAMEO.2.0.txt',
    repository: 'openeventdata/petrarch2',
    commit: '676801cd9cb2924bbbad09f86d15c9323e7097bf',
    licence: 'MIT, © 2015 Open Event Data Alliance',
    mapping: 'CAMEO2PLOVER-2021.txt (OEDA, CC BY-SA 4.0)',
  },
  report: imported.report,
  synsets: imported.synsets,
  verbs: imported.verbs,
  patterns: imported.patterns,
}

/** One verb or pattern a line, so that a change of the sources gives a readable diff. */
function serialise(d: PetrarchData): string {
  const head = JSON.stringify({ source: d.source, report: d.report, synsets: d.synsets }).slice(0, -1)
  const list = (items: readonly unknown[]) => items.map((x) => JSON.stringify(x)).join(',\n')
  const patterns = list(d.patterns.map(compactPattern))
  return `${head},\n"verbs":[\n${list(d.verbs.map(compactVerb))}\n],\n"patterns":[\n${patterns}\n]}\n`
}

const r = imported.report
console.log(
  `${r.blocks} blocks, ${r.verbs} verbs, ${r.patternLines} pattern lines → ${r.kept} entries ` +
    `(${r.kept - r.blockers - r.verbDefaults} patterns, ${r.blockers} blockers, ${r.verbDefaults} verb codes)`,
)
for (const [reason, count] of Object.entries(r.dropped).sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(count).padStart(5)}  ${reason}`)
writeOrCheck(target, serialise(data), 'scripts/import-petrarch-verbs.ts')

/** The CAMEO→PLOVER table itself, one code a line, for scoring CAMEO-coded gold (src/lang/en/cameo-plover.ts). */
const codes = [...mapping].sort(([a], [b]) => a.localeCompare(b))
const table = codes.map(([code, m]) => `${JSON.stringify(code)}:${JSON.stringify(m)}`).join(',\n')
const mappingText = `{"source":${JSON.stringify(data.source.mapping)},"codes":{\n${table}\n}}\n`
writeOrCheck(mappingTarget, mappingText, 'scripts/import-petrarch-verbs.ts')
