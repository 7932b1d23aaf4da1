/**
 * `node --import tsx scripts/import-phoenix.ts [--source DIR] [--check]`: imports the Phoenix dictionaries
 * (Open Event Data Alliance, MIT; people from CountryInfo) from ../shared/kb-sources/phoenix into
 *
 *   src/knowledge/data/phoenix-world.json        the compiled world data (format: src/knowledge/world/world-data.ts)
 *   src/knowledge/data/phoenix-import-report.md  what was kept and what was dropped, by reason
 *
 * The dictionaries themselves are never copied. With --check, exits 1 when either file would change.
 * Exits 2 with a one-line message when the source folder is missing.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { defaultKnowledge } from '../src/knowledge/index.js'
import { createPhoenixImporter, type ImportReport } from '../src/knowledge/world/phoenix-import.js'
import { loadWorldKnowledge } from '../src/knowledge/world/world-knowledge.js'
import { writeOrCheck } from './generated-file.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = join(root, 'src/knowledge/data')

const FILES = [
  { name: 'Phoenix.Countries.actors.txt', file: 'countries' },
  { name: 'Phoenix.International.actors.txt', file: 'international' },
  { name: 'Phoenix.MilNonState.actors.txt', file: 'armed-groups' },
] as const
const AGENTS = 'Phoenix.agents.txt'

/** The dictionaries' "Generated at" header gives the day they were made; else this. */
const FALLBACK_HORIZON = '2014-01-30'

function horizonOf(text: string): string {
  const match = /Generated at:\s+\w+\s+(\w+)\s+(\d+)\s+[\d:]+\s+(\d{4})/.exec(text)
  if (!match) return FALLBACK_HORIZON
  const parsed = new Date(`${match[1]} ${match[2]}, ${match[3]} UTC`)
  return Number.isNaN(parsed.getTime()) ? FALLBACK_HORIZON : parsed.toISOString().slice(0, 10)
}

const isCountryName = (key: string) =>
  defaultKnowledge()
    .lookupPhrase(key)
    .some((h) => h.type === 'country' && h.caseSensitive === undefined)

function formatReport(
  report: ImportReport,
  horizon: string,
  curated: { people: number; bodies: number },
): string {
  const lines = [
    '# Phoenix import report',
    '',
    'Written by `node --import tsx scripts/import-phoenix.ts` from the Phoenix dictionaries (Open Event Data',
    'Alliance, MIT; people from CountryInfo). Regenerate after changing the importer; `--check` verifies.',
    '',
    `Data horizon (the dictionaries' own date): ${horizon}.`,
    '',
    '## Read',
    '',
    '| file | entries |',
    '| --- | ---: |',
    ...report.files.map((f) => `| ${f.name} | ${f.entries} |`),
    '',
    '## Kept',
    '',
    '| what | count |',
    '| --- | ---: |',
    `| people | ${report.kept.people} |`,
    `| organisations and agencies | ${report.kept.organizations} |`,
    `| armed groups | ${report.kept.armedGroups} |`,
    `| duplicate entries merged into one | ${report.kept.mergedDuplicates} |`,
    `| homonyms kept apart (same name, other country) | ${report.kept.homonyms} |`,
    `| distinct name keys | ${report.kept.keys} |`,
    `| name keys shared by several entities (ambiguous: lookups return every candidate) | ${report.kept.sharedKeys} |`,
    `| agent noun forms | ${report.kept.agentForms} |`,
    `| people the curated office-holders also know (curated id, name and terms win) | ${curated.people} |`,
    `| organisations the curated list also knows (curated id, country and sector win) | ${curated.bodies} |`,
    '',
    '## Changed on the way',
    '',
    '| note | codes |',
    '| --- | ---: |',
    ...Object.entries(report.notes).map(([note, n]) => `| ${NOTE_TEXT[note] ?? note} | ${n} |`),
    '',
    '## Agent nouns set by PLOVER’s definitions (src/knowledge/world/plover-nouns.ts)',
    '',
    '| rule | forms |',
    '| --- | ---: |',
    `| a noun PLOVER's sector table names (protesters CVL, unidentified gunmen UAF, paramilitaries PRM) | ${report.adjusted['plover-noun'] ?? 0} |`,
    `| a ministry or minister is GOV first (CAMEO coded some MIL, BUS, …) | ${report.adjusted['ministry-gov'] ?? 0} |`,
    '',
    '## Dropped',
    '',
    '| reason | count | examples (file:line) |',
    '| --- | ---: | --- |',
    ...Object.entries(report.dropped)
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .map(
        ([reason, n]) =>
          `| ${DROP_TEXT[reason] ?? reason} | ${n} | ${(
            report.examples[reason as keyof ImportReport['examples']] ?? []
          )
            .map((e) => `\`${e.replace(/\|/g, '/').replace(/`/g, "'")}\``)
            .join('<br>')} |`,
      ),
    '',
  ]
  return `${lines.join('\n')}`
}

const NOTE_TEXT: Record<string, string> = {
  'historical-state':
    'a former state mapped to its successor (USR/SUN → RUS, DDR → DEU, YUG/SCG/FRY → SRB, CSK → CZE)',
  'cameo-country': 'a CAMEO country code mapped to ISO (TMP → TLS, KSV → XKX, IMY → IMN)',
  region: 'a CAMEO region code (MEA, SAS, WEU …): kept without a country',
  dependency: 'a dependency folded into its state (GBRVGB → GBR), as PLOVER does',
}

const DROP_TEXT: Record<string, string> = {
  'malformed-code': 'code: not 3-letter segments',
  'unknown-country':
    'code: country part neither ISO alpha-3, a CAMEO alias, a region nor an international code',
  'unknown-segment': 'code: a segment that is no CAMEO sector, religion, issue or modifier',
  'null-code': 'code: the null code [---]',
  'malformed-date': 'role: date not YYMMDD/YYYYMMDD or not a calendar day',
  'end-before-start': 'role: end date before start date',
  'malformed-restriction': 'role: restriction neither <D, >D nor D-D',
  'entry-without-valid-code': 'entry: no code left after validation',
  'entry-without-code': 'entry: names without any code',
  'country-name-block': 'entry: a country-name block (the curated countries and the gazetteer cover these)',
  'name-is-country': "name: a country's name or demonym, not the entity's",
  'empty-name': 'name: empty once normalised',
  'unreadable-name': 'name: bytes that are not UTF-8',
  'alias-without-entry': 'line: "+" alias before any entry',
  'code-without-entry': 'line: code before any entry',
  'agent-without-code': 'agent: no [code]',
  'agent-without-sector': 'agent: code names no PLOVER sector',
  'agent-form-conflict': 'agent: form already given another code (the first kept)',
  'unknown-marker': 'agent: undefined !MARKER!',
}

function main(): number {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, check: { type: 'boolean', default: false } },
    strict: true,
  })
  const source = resolve(values.source ?? join(root, '..', 'shared', 'kb-sources', 'phoenix'))
  if (!existsSync(source)) {
    console.error(`${source}: the Phoenix dictionaries are not there (pass --source DIR)`)
    return 2
  }
  const read = (name: string) => readFileSync(join(source, name), 'utf8')
  const first = read(FILES[0].name)
  const horizon = horizonOf(first)
  const importer = createPhoenixImporter({
    isCountry: (code) => defaultKnowledge().countryByCode(code)?.code === code,
    isCountryName,
    horizon,
    source: 'Phoenix dictionaries, Open Event Data Alliance (MIT), people from CountryInfo',
  })
  for (const { name, file } of FILES)
    importer.addActors(name === FILES[0].name ? first : read(name), file, name)
  importer.addAgents(read(AGENTS), AGENTS)
  const { data, report } = importer.finish()
  const world = loadWorldKnowledge({ data })
  const merged = world.stats().curatedMerges
  const json = `${JSON.stringify(data)}\n`
  writeOrCheck(join(dataDir, 'phoenix-world.json'), json, 'scripts/import-phoenix.ts')
  writeOrCheck(
    join(dataDir, 'phoenix-import-report.md'),
    formatReport(report, horizon, merged),
    'scripts/import-phoenix.ts',
  )
  console.log(
    `kept ${report.kept.people} people, ${report.kept.organizations} organisations, ${report.kept.armedGroups} armed groups, ${report.kept.agentForms} agent forms`,
  )
  console.log(`dropped: ${JSON.stringify(report.dropped)}`)
  return 0
}

process.exitCode = main()
