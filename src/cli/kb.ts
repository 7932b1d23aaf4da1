import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { isIsoDate } from '../ingest/index.js'
import { defaultKnowledge, type KbHit, type Knowledge, normalizeKey } from '../knowledge/index.js'
import { importKnowledge } from '../knowledge/kb-import.js'
import type { WorldAnswer } from '../knowledge/world/world-types.js'
import { COMMAND_FORMATS } from '../query/output-formats.js'
import { formatOption } from './format-option.js'
import { type CommandEnv, UsageError, writeErr, writeOut } from './io.js'

export const KB_USAGE = `usage: parley kb lookup NAME [--date YYYY-MM-DD] [--format table|json] [--kb FILE]
       parley kb import FILE.jsonl [--out PATH]

  lookup   what Parley knows about a name and why: the people, bodies and groups of the world knowledge base
           (Phoenix and curated data, with each answer's source) with their country, PLOVER sector and role on
           the date (default: today), the dated office-holder it names, the countries, seats, organisations and
           places the phrase is, and the one answer extraction would use. Exit code 1 when nothing is known.
  import   reads your own or refreshed data, one JSON object per line, into a knowledge file for --kb
           (default ./parley-kb.json; use it with "--kb parley-kb.json" or PARLEY_KB):
             {"name": "Kassym-Jomart Tokayev", "aliases": ["Tokayev"], "roles": [{"role": "President",
              "country": "KAZ", "sector": "GOV", "start": "2019-03-20", "end": null}]}
             {"kind": "organization", "name": "Harbour Forum", "type": "ngo", "sector": "NGO", "country": "GRC"}
           Lines that do not validate (unknown country codes, sectors that are not PLOVER's, bad dates) are
           dropped and listed on stderr; the file is written only when it validates.`

export async function runKbCommand(args: readonly string[], env: CommandEnv = {}): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { date: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  })
  const [action, ...rest] = positionals
  const knowledge = env.knowledge ?? defaultKnowledge()
  if (action === 'lookup') return lookupCommand(knowledge, rest, values.date, values.format)
  if (action === 'import') return importCommand(knowledge, rest, values.out)
  throw new UsageError(action === undefined ? 'kb needs lookup or import' : `unknown kb action "${action}"`)
}

interface Lookup {
  readonly name: string
  readonly date: string
  readonly resolved: WorldAnswer | null
  readonly world: readonly WorldAnswer[]
  readonly surname: readonly WorldAnswer[]
  readonly officeHolder: ReturnType<Knowledge['lookupOfficeHolder']> | null
  readonly phrases: readonly KbHit[]
}

function lookUp(knowledge: Knowledge, name: string, date: string): Lookup {
  const key = normalizeKey(name)
  const world = knowledge.world()
  const single = !key.includes(' ')
  return {
    name,
    date,
    resolved:
      world.resolve(key, { date }) ?? (single ? world.resolveSurname(key, { date }) : undefined) ?? null,
    world: world.lookup(key, { date }),
    surname: single ? world.lookupSurname(key, { date }) : [],
    officeHolder: knowledge.lookupOfficeHolder(key, date) ?? null,
    phrases: knowledge.lookupPhrase(key, name),
  }
}

function answerLine(a: WorldAnswer): string {
  const state = a.inOffice ? 'in office' : a.former ? 'former office-holder' : ''
  const flags = [state, a.beyondData ? 'past its data' : '', a.ambiguous ? 'ambiguous' : ''].filter(Boolean)
  const sectors = [a.sector, ...a.otherSectors].filter(Boolean).join('/') || '—'
  return `  ${a.name} (${a.kind}, ${a.id}): ${a.country ?? '—'} ${sectors}${a.role ? `, ${a.role}` : ''}${flags.length ? ` [${flags.join(', ')}]` : ''} — source ${a.source}`
}

function phraseLine(hit: KbHit): string {
  if (hit.type === 'country') return `  country ${hit.code} (${hit.name}), as its ${hit.form}`
  if (hit.type === 'seat') return `  seat of government "${hit.label}": ${hit.code} ${hit.sector}`
  if (hit.type === 'organization')
    return `  organisation ${hit.name} (${hit.kind}, ${hit.id}): ${hit.country ?? '—'} ${hit.sector ?? '—'}`
  return `  place ${hit.name} (${hit.kind}, ${hit.country ?? '—'}, population ${hit.population})`
}

function formatLookup(found: Lookup): string {
  const lines = [`${found.name} on ${found.date}`]
  lines.push(
    found.resolved ? `extraction uses:\n${answerLine(found.resolved)}` : 'extraction uses: no one answer',
  )
  if (found.officeHolder) {
    const h = found.officeHolder
    const state = h.current ? 'in office' : h.former ? 'former' : 'not yet in office'
    lines.push(
      `dated office-holder (curated):\n  ${h.name}: ${h.role}, ${h.country} ${h.sector}, ${h.start} – ${h.end ?? 'now'} [${state}]`,
    )
  }
  if (found.world.length > 0) lines.push(`by this name:\n${found.world.map(answerLine).join('\n')}`)
  if (found.surname.length > 0) lines.push(`by this surname:\n${found.surname.map(answerLine).join('\n')}`)
  if (found.phrases.length > 0) lines.push(`as a phrase:\n${found.phrases.map(phraseLine).join('\n')}`)
  return `${lines.join('\n')}\n`
}

async function lookupCommand(
  knowledge: Knowledge,
  args: readonly string[],
  date: string | undefined,
  format: string | undefined,
): Promise<number> {
  if (args.length === 0) throw new UsageError('kb lookup needs a NAME')
  if (date !== undefined && !isIsoDate(date))
    throw new UsageError(`--date must be a valid YYYY-MM-DD date, not "${date}"`)
  const chosen = formatOption(format, COMMAND_FORMATS.storedState)
  const found = lookUp(knowledge, args.join(' '), date ?? new Date().toISOString().slice(0, 10))
  const known =
    found.resolved ||
    found.officeHolder ||
    found.world.length + found.surname.length + found.phrases.length > 0
  if (!known) {
    writeErr(`parley kb: nothing known about "${found.name}"`)
    return 1
  }
  await writeOut(chosen === 'json' ? `${JSON.stringify(found, null, 2)}\n` : formatLookup(found))
  return 0
}

async function importCommand(
  knowledge: Knowledge,
  args: readonly string[],
  out: string | undefined,
): Promise<number> {
  if (args.length !== 1) throw new UsageError('kb import takes one FILE.jsonl')
  const input = args[0]!
  if (!existsSync(input)) {
    writeErr(`parley kb: ${input}: no such file`)
    return 1
  }
  const text = readFileSync(input, 'utf8')
  const result = importKnowledge(text, (code) => knowledge.countryByCode(code) !== undefined)
  for (const d of result.dropped) writeErr(`parley kb: ${input}:${d.line}: dropped: ${d.reason}`)
  const { people, organizations } = result.knowledge
  if (people.length + organizations.length === 0) {
    writeErr(`parley kb: ${input}: nothing to import (${result.dropped.length} line(s) dropped)`)
    return 1
  }
  const path = out ?? 'parley-kb.json'
  const partial = `${path}.partial`
  writeFileSync(partial, `${JSON.stringify(result.knowledge, null, 2)}\n`)
  renameSync(partial, path)
  writeErr(
    `parley kb: wrote ${path}: ${people.length} people, ${organizations.length} organisation(s); ` +
      `${result.dropped.length} line(s) dropped. Use it with --kb ${path} (or PARLEY_KB=${path})`,
  )
  return 0
}
