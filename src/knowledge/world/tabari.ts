/**
 * A reader for TABARI/PETRARCH actor and agent dictionaries, the format of the Phoenix dictionaries:
 *
 *   YOWERI_MUSEVENI_  # a comment        a name; "_" joins words, a final "_" marks the end of the word
 *   +YOWERI_KAGUTA_MUSEVENI_             "+": another name of the same entry
 *   \t[UGAGOV >860126]                   a code with a date restriction: >D from D, <D before D, D1-D2
 *   \t[UGAELI]                           a code without one: the default when no restriction holds
 *   NATO_ [IGOWSTNAT]                    codes may follow a name on its line (the older in-line form)
 *
 * Dates are YYMMDD or YYYYMMDD. A name line starts a new entry once the current one has codes; before any
 * code it names the same entry, as PETRARCH reads it. Names without a code before a blank line are
 * dropped (PETRARCH would give them the next entry's codes). Agents:
 *
 *   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON   a substitution set
 *   POLICE!PERSON! [~COP]                       one form per member, no plural made
 *   GENDARMERY {GENDARMERIE} [~COP]             an explicit plural; {} none; otherwise a regular plural
 *   HUMAN_RIGHTS_BODY [NGO~]                    "X~": the code stands before the actor's
 *
 * The reader only reads: codes are returned as written, for decodeActorCode, and problems are listed with
 * their line numbers rather than thrown.
 */

/** A date restriction, dates as YYYY-MM-DD, inclusive as TABARI reads them. */
export type Restriction =
  | { readonly kind: 'default' }
  | { readonly kind: 'from'; readonly date: string }
  | { readonly kind: 'before'; readonly date: string }
  | { readonly kind: 'between'; readonly start: string; readonly end: string }

export interface RawCode {
  readonly code: string
  readonly restriction: Restriction
  readonly line: number
}

export interface ActorEntry {
  /** Names as phrases ("YOWERI KAGUTA MUSEVENI"), the primary one first. */
  readonly names: readonly string[]
  readonly codes: readonly RawCode[]
  /** Comments on the entry's lines, joined ("CountryInfo.txt"). */
  readonly comment: string
  readonly line: number
}

export type ParseProblem =
  | 'malformed-date'
  | 'end-before-start'
  | 'malformed-restriction'
  | 'alias-without-entry'
  | 'entry-without-code'
  | 'code-without-entry'
  | 'agent-without-code'
  | 'unknown-marker'

export interface Problem {
  readonly line: number
  readonly reason: ParseProblem
  readonly text: string
}

export interface Parsed<T> {
  readonly entries: readonly T[]
  readonly problems: readonly Problem[]
}

/** Two-digit years below this are 20YY, others 19YY (the Phoenix files date from 2014 and reach back to 1917). */
const CENTURY_PIVOT = 30

/** "860126" or "19860126" → "1986-01-26"; undefined unless it is a real calendar day. */
export function parseTabariDate(text: string): string | undefined {
  let year: number
  let rest: string
  if (/^\d{6}$/.test(text)) {
    const yy = Number(text.slice(0, 2))
    year = yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy
    rest = text.slice(2)
  } else if (/^\d{8}$/.test(text)) {
    year = Number(text.slice(0, 4))
    rest = text.slice(4)
  } else return undefined
  const month = Number(rest.slice(0, 2))
  const day = Number(rest.slice(2, 4))
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return undefined
  return `${year}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`
}

/** Underscores to spaces, blanks collapsed, trimmed: "MIKHAIL_S._GORBACHEV_" → "MIKHAIL S. GORBACHEV". */
export function phraseOf(text: string): string {
  return text.replace(/_/g, ' ').replace(/\s+/g, ' ').trim()
}

function splitComment(line: string): { body: string; comment: string } {
  const hash = line.indexOf('#')
  if (hash < 0) return { body: line, comment: '' }
  return { body: line.slice(0, hash), comment: line.slice(hash + 1).trim() }
}

/** One bracket's content: "UGAGOV >860126" → code and restriction, or the problem with it. */
function parseCodeText(text: string): { code: string; restriction: Restriction } | ParseProblem {
  const trimmed = text.trim()
  const space = trimmed.search(/\s/)
  const code = space < 0 ? trimmed : trimmed.slice(0, space)
  const rest = space < 0 ? '' : trimmed.slice(space).replace(/\s+/g, '')
  if (rest === '') return { code, restriction: { kind: 'default' } }
  const open = /^([<>])(\d+)$/.exec(rest)
  if (open) {
    const date = parseTabariDate(open[2] ?? '')
    if (date === undefined) return 'malformed-date'
    return { code, restriction: open[1] === '>' ? { kind: 'from', date } : { kind: 'before', date } }
  }
  const range = /^(\d+)-(\d+)$/.exec(rest)
  if (!range) return 'malformed-restriction'
  const start = parseTabariDate(range[1] ?? '')
  const end = parseTabariDate(range[2] ?? '')
  if (start === undefined || end === undefined) return 'malformed-date'
  if (end < start) return 'end-before-start'
  return { code, restriction: { kind: 'between', start, end } }
}

/** Reads an actor dictionary. */
export function parseActorDictionary(text: string): Parsed<ActorEntry> {
  const entries: ActorEntry[] = []
  const problems: Problem[] = []
  let current: { names: string[]; codes: RawCode[]; comments: string[]; line: number } | null = null
  const close = () => {
    if (current === null) return
    if (current.codes.length === 0)
      problems.push({ line: current.line, reason: 'entry-without-code', text: current.names[0] ?? '' })
    else
      entries.push({
        names: current.names,
        codes: current.codes,
        comment: current.comments.join(' '),
        line: current.line,
      })
    current = null
  }
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, index) => {
    const lineNumber = index + 1
    const { body, comment } = splitComment(raw)
    if (body.trim() === '') {
      // A blank line ends a run of names still waiting for a code; an entry with codes stays open for
      // "+" aliases written after blank or comment lines, as PETRARCH (which skips blank lines) reads them.
      if (raw.trim() === '' && current !== null && current.codes.length === 0) close()
      return
    }
    const bracket = body.indexOf('[')
    const namePart = (bracket < 0 ? body : body.slice(0, bracket)).trim()
    const codeTexts =
      bracket < 0 ? [] : [...body.slice(bracket).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '')
    if (namePart.startsWith('+')) {
      if (current === null) {
        problems.push({ line: lineNumber, reason: 'alias-without-entry', text: namePart })
        return
      }
      current.names.push(phraseOf(namePart.slice(1)))
    } else if (namePart !== '') {
      if (current === null || current.codes.length > 0) {
        close()
        current = { names: [], codes: [], comments: [], line: lineNumber }
      }
      current.names.push(phraseOf(namePart))
    } else if (current === null) {
      problems.push({ line: lineNumber, reason: 'code-without-entry', text: body.trim() })
      return
    }
    if (comment !== '') current.comments.push(comment)
    for (const codeText of codeTexts) {
      const parsed = parseCodeText(codeText)
      if (typeof parsed === 'string')
        problems.push({ line: lineNumber, reason: parsed, text: `[${codeText}]` })
      else current.codes.push({ ...parsed, line: lineNumber })
    }
  })
  close()
  return { entries, problems }
}

export interface AgentEntry {
  /** Forms as phrases, singular first, then plurals and substitutions ("POLICEMAN", "POLICEMEN", …). */
  readonly forms: readonly string[]
  /** The code without its "~": "COP", "GOVMED", "IGO". */
  readonly code: string
  /** True for "X~" codes, which stand before the actor's code (organisations: "NGO~"). */
  readonly leading: boolean
  readonly line: number
}

/** PETRARCH's regular plural: -Y → -IES, -S → -SES, otherwise -S. */
export function regularPlural(phrase: string): string {
  if (phrase.endsWith('Y')) return `${phrase.slice(0, -1)}IES`
  if (phrase.endsWith('S')) return `${phrase}ES`
  return `${phrase}S`
}

/**
 * A phrase ending in a TABARI stem that a substitution set spells out ("DEFENSE MINIST", where !MINIST! is
 * MINISTER, MINISTERS, MINISTRY, MINISTRIES): one form per member of the set.
 */
function stemSet(phrase: string, markers: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const space = phrase.lastIndexOf(' ')
  const last = phrase.slice(space + 1)
  for (const members of markers.values()) {
    if (members.length > 0 && !members.includes(last) && members.every((m) => m.startsWith(last)))
      return members.map((m) => `${phrase.slice(0, space + 1)}${m}`)
  }
  return undefined
}

/** Reads an agent dictionary. */
export function parseAgentDictionary(text: string): Parsed<AgentEntry> {
  const entries: AgentEntry[] = []
  const problems: Problem[] = []
  const markers = new Map<string, string[]>()
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    const body = splitComment(raw).body.trim()
    if (body === '') return
    const marker = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(body)
    if (marker) {
      markers.set(
        marker[1] ?? '',
        (marker[2] ?? '').split(',').map((w) => w.trim()),
      )
      return
    }
    const code = /\[([^\]]*)\]/.exec(body)
    if (!code) {
      problems.push({ line, reason: 'agent-without-code', text: body })
      return
    }
    const codeText = (code[1] ?? '').trim()
    const leading = codeText.endsWith('~') && !codeText.startsWith('~')
    const bare = codeText.replace(/~/g, '')
    let phrase = body.slice(0, code.index).trim()
    let plural: string | null | undefined
    const braces = /\{([^}]*)\}/.exec(phrase)
    if (braces) {
      const inner = phraseOf(braces[1] ?? '')
      plural = inner === '' ? null : inner
      phrase = phrase.slice(0, braces.index).trim()
    }
    const substitution = /!([A-Z]+)!/.exec(phrase)
    if (substitution) {
      const members = markers.get(substitution[1] ?? '')
      if (members === undefined) {
        problems.push({ line, reason: 'unknown-marker', text: body })
        return
      }
      const forms = members.map((m) => phraseOf(phrase.replace(substitution[0], m)))
      entries.push({ forms, code: bare, leading, line })
      return
    }
    const singular = phraseOf(phrase)
    const stem = stemSet(singular, markers)
    if (stem !== undefined) {
      entries.push({ forms: stem, code: bare, leading, line })
      return
    }
    const forms = [singular]
    const plurals = plural === undefined ? [regularPlural(singular)] : plural === null ? [] : [plural]
    for (const p of plurals) if (!forms.includes(p)) forms.push(p)
    entries.push({ forms, code: bare, leading, line })
  })
  return { entries, problems }
}
