/**
 * `node --import tsx scripts/measure-identity.ts DB [--top N] [--verbose]`: how many stored actor rows one real
 * person becomes across documents, over the N (default 20) most mentioned people of a store (ingest PolNeAR's
 * train split into it first).
 *
 * People are judged from the rows' names alone, independently of the keys the store merged them by:
 * - a person is a first name and a surname seen together in a two- or three-word person row ("Donald Trump");
 * - a person row belongs to the person whose surname is its last word and whose first name it contains;
 *   a row with that surname and no first name of another person with that surname ("Trump", "Mr. Trump",
 *   "Offensive Things Donald Trump" holds "Donald") belongs to the most mentioned person of that surname.
 * Reported: rows per person (bar ≤ 1.2) and the share of a person's mentions held by their main row (bar ≥ 97 %).
 */
import Database from 'better-sqlite3'
import { nameKey } from '../src/store/keys.js'

interface Row {
  readonly pk: number
  readonly name: string
  readonly mentions: number
}

interface Person {
  readonly first: string
  readonly surname: string
  mentions: number
  readonly rows: Row[]
}

const args = process.argv.slice(2)
const path = args.find((a) => !a.startsWith('--'))
if (!path) {
  console.error('usage: measure-identity.ts DB [--top N] [--verbose]')
  process.exit(1)
}
const topIndex = args.indexOf('--top')
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 20
const verbose = args.includes('--verbose')

const db = new Database(path, { readonly: true })
const rows = db
  .prepare(
    `SELECT a.pk, a.name, coalesce(sum(da.mention_count), 0) AS mentions
     FROM actors a JOIN document_actors da ON da.actor = a.pk
     WHERE a.kind = 'person' AND a.anonymous = 0 GROUP BY a.pk`,
  )
  .all() as Row[]

const people = new Map<string, Person>()
const firstNames = new Map<string, Set<string>>()
for (const r of rows) {
  const words = nameKey(r.name).split(' ')
  if (words.length < 2 || words.length > 3) continue
  const first = words[0]!
  const surname = words.at(-1)!
  if (first.length < 2) continue
  const key = `${first} ${surname}`
  if (!people.has(key)) people.set(key, { first, surname, mentions: 0, rows: [] })
  const names = firstNames.get(surname) ?? new Set<string>()
  names.add(first)
  firstNames.set(surname, names)
}

/** The person a row belongs to, or null when its last word is nobody's surname. */
function personOf(r: Row, mostMentioned: ReadonlyMap<string, Person>): Person | null {
  const words = nameKey(r.name).split(' ')
  const surname = words.at(-1)!
  const firsts = firstNames.get(surname)
  if (!firsts) return null
  const named = words.slice(0, -1).filter((w) => firsts.has(w))
  if (named.length > 0) return people.get(`${named.at(-1)} ${surname}`) ?? null
  return mostMentioned.get(surname) ?? null
}

// first pass: mentions by full-name rows only, to know each surname's most mentioned person
const fullNameMentions = new Map<string, number>()
for (const r of rows) {
  const words = nameKey(r.name).split(' ')
  if (words.length < 2) continue
  const key = `${words[0]} ${words.at(-1)}`
  if (people.has(key)) fullNameMentions.set(key, (fullNameMentions.get(key) ?? 0) + r.mentions)
}
const mostMentioned = new Map<string, Person>()
for (const p of people.values()) {
  const best = mostMentioned.get(p.surname)
  const mine = fullNameMentions.get(`${p.first} ${p.surname}`) ?? 0
  if (!best || mine > (fullNameMentions.get(`${best.first} ${best.surname}`) ?? 0))
    mostMentioned.set(p.surname, p)
}
for (const r of rows) {
  const p = personOf(r, mostMentioned)
  if (!p) continue
  p.rows.push(r)
  p.mentions += r.mentions
}

const ranked = [...people.values()].sort((a, b) => b.mentions - a.mentions).slice(0, top)
let rowSum = 0
let mainSum = 0
let mentionSum = 0
console.log('person                     rows  mentions  main row share')
for (const p of ranked) {
  const sorted = [...p.rows].sort((a, b) => b.mentions - a.mentions)
  const main = sorted[0]?.mentions ?? 0
  rowSum += p.rows.length
  mainSum += main
  mentionSum += p.mentions
  const label = `${p.first} ${p.surname}`.padEnd(26)
  console.log(
    `${label} ${String(p.rows.length).padStart(4)}  ${String(p.mentions).padStart(8)}  ${((100 * main) / Math.max(1, p.mentions)).toFixed(1)} %`,
  )
  if (verbose) for (const r of sorted.slice(1, 12)) console.log(`    ${r.mentions}\t${r.name}`)
}
console.log(
  `\n${ranked.length} people: ${(rowSum / Math.max(1, ranked.length)).toFixed(2)} rows per person (bar ≤ 1.2); ` +
    `main row holds ${((100 * mainSum) / Math.max(1, mentionSum)).toFixed(1)} % of their mentions (bar ≥ 97 %)`,
)
