import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PLOVER_TYPES } from '../../doc/layers.js'
import { parseLexicon } from '../../stages/events/lexicon.js'
import { english } from './index.js'
import type { PetrarchData, VerbPattern } from './petrarch-data.js'
import {
  bestMatches,
  compactPattern,
  defaultPatternIndex,
  expandPattern,
  indexPatterns,
  matchPatterns,
  type PatternTokens,
  readPetrarchData,
  type StoredPattern,
  toLexiconLines,
} from './petrarch-patterns.js'

/** Tokens split on spaces; lemmas given as `surface/lemma` where they differ. */
function tokens(text: string): PatternTokens & { readonly words: readonly string[] } {
  const parts = text.split(' ')
  const words = parts.map((p) => p.split('/')[0]!)
  return {
    length: parts.length,
    words,
    lower: words.map((w) => w.toLowerCase()),
    lemma: parts.map((p) => (p.split('/')[1] ?? p).toLowerCase()),
    norm: words.map((w) => w.toLowerCase().replace(/’/g, "'").replace(/^n't$/, 'not')),
  }
}

function pattern(id: string, block: string, extra: Omit<StoredPattern, 'id' | 'block'> = {}): VerbPattern {
  return expandPattern({ id, block, ...(id.includes(':---:') ? {} : { type: 'CONSULT' }), ...extra })
}

const data: PetrarchData = {
  source: { file: 'test', repository: 'test', commit: 'test', licence: 'test', mapping: 'test' },
  report: { blocks: 2, verbs: 4, patternLines: 0, kept: 0, blockers: 0, verbDefaults: 0, dropped: {} },
  synsets: { troop: ['troop', 'soldier', ['armed', 'forces|force']], food: ['food', 'grain'] },
  verbs: [
    { lemma: 'send', block: 'SEND', line: 10, prefix: [], particles: [], forms: ['sent'] },
    { lemma: 'dispatch', block: 'SEND', line: 11, prefix: [], particles: [], forms: [] },
    { lemma: 'call', block: 'CALL', line: 20, prefix: [], particles: ['off'], forms: [] },
    { lemma: 'arrest', block: 'ARREST', line: 30, prefix: ['re'], particles: [], forms: [] },
  ],
  patterns: [
    pattern('petr2:154:send:12', 'SEND', { type: 'MOBILIZE', after: ['&troop'] }),
    pattern('petr2:154:send:13', 'SEND', {
      type: 'MOBILIZE',
      after: ['&troop', { prep: 'to', obj: ['border'] }],
    }),
    pattern('petr2:073:send:14', 'SEND', { type: 'AID', after: ['&food'], recipient: 'to' }),
    pattern('petr2:042:dispatch:15', 'SEND', { after: [{ np: ['foreign', 'minister'] }], mutual: true }),
    pattern('petr2:---:send:16', 'SEND', { after: ['message'] }),
    pattern('petr2:072:send:17', 'SEND', { type: 'AID', before: ['&troop'], after: ['weapon|weapon'] }),
    pattern('petr2:164:call_off:21', 'CALL', { type: 'SANCTION', verb: 'call', verbLine: 20 }),
    pattern('petr2:164:call:22', 'CALL', { type: 'SANCTION', after: ['talks|talk'] }),
    pattern('petr2:173:re_arrest:31', 'ARREST', { type: 'COERCE', verb: 'arrest', verbLine: 30 }),
  ],
}
const index = indexPatterns(data)

function best(text: string, options: Parameters<typeof matchPatterns>[3] = {}) {
  const t = tokens(text)
  return bestMatches(matchPatterns(t, { start: 0, end: t.length }, index, options)).map((m) => ({
    id: m.pattern.id,
    words: m.tokens.map((i) => t.words[i]).join(' '),
  }))
}

describe('PETRARCH-2 patterns: stored form', () => {
  it('round-trips a pattern through its compact form', () => {
    for (const p of data.patterns) assert.deepEqual(expandPattern(compactPattern(p)), p)
    assert.deepEqual(compactPattern(data.patterns[0]!), {
      id: 'petr2:154:send:12',
      block: 'SEND',
      type: 'MOBILIZE',
      after: ['&troop'],
    })
  })

  it('refuses ids and types that do not validate', () => {
    assert.throws(() => expandPattern({ id: 'petr2:ab:send:1', block: 'X', type: 'AID' }), /not petr2/)
    assert.throws(() => expandPattern({ id: 'petr2:070:send:1', block: 'X' }), /does not fit/)
    assert.throws(() => expandPattern({ id: 'petr2:---:send:1', block: 'X', type: 'AID' }), /does not fit/)
  })

  it('refuses a pattern naming an undefined synonym set', () => {
    const bad = { ...data, patterns: [pattern('petr2:154:send:1', 'SEND', { after: ['&tanks'] })] }
    assert.throws(() => indexPatterns(bad), /undefined synonym set &tanks/)
  })
})

describe('PETRARCH-2 patterns: matching', () => {
  it('reads the verb by lemma or irregular form, words after it within the gap', () => {
    assert.deepEqual(best('Delhi sent/send two thousand soldiers/soldier north'), [
      { id: 'petr2:154:send:12', words: 'sent soldiers' },
    ])
    // a multi-word synonym, and the more specific pattern with its prepositional phrase winning
    assert.deepEqual(best('They send armed forces to the disputed border'), [
      { id: 'petr2:154:send:13', words: 'send armed forces to border' },
    ])
  })

  it('reads noun phrases with their words close together, and blockers as the most specific match', () => {
    assert.deepEqual(best('Rome will dispatch its foreign minister'), [
      { id: 'petr2:042:dispatch:15', words: 'dispatch foreign minister' },
    ])
    assert.deepEqual(best('Rome will dispatch a foreign trade minister'), [
      { id: 'petr2:042:dispatch:15', words: 'dispatch foreign minister' },
    ])
    assert.deepEqual(best('Rome will dispatch a foreign affairs and trade minister'), [])
    assert.deepEqual(best('Paris sent a stern message'), [{ id: 'petr2:---:send:16', words: 'sent message' }])
  })

  it('reads words before the verb (the subject of "&MILITARY *")', () => {
    assert.deepEqual(best('the soldiers/soldier sent weapons/weapon'), [
      { id: 'petr2:072:send:17', words: 'soldiers sent weapons' },
    ])
  })

  it('does not read across the end of a clause', () => {
    assert.deepEqual(best('They sent nothing ; soldiers/soldier stayed'), [])
    assert.deepEqual(best('They sent word — soldiers/soldier would come'), [])
  })

  it('needs the particles of a multi-word verb and takes the prefix of a prefixed one', () => {
    assert.deepEqual(best('Kabul called off the talks'), [
      { id: 'petr2:164:call:22', words: 'called off talks' },
    ])
    assert.deepEqual(best('Kabul called/call it off'), [{ id: 'petr2:164:call_off:21', words: 'called off' }])
    assert.deepEqual(best('Kabul called/call Delhi'), [])
    assert.deepEqual(best('police re-arrested/re-arrested him'), [
      { id: 'petr2:173:re_arrest:31', words: 're-arrested' },
    ])
    assert.deepEqual(best('police re - arrested/arrest him'), [
      { id: 'petr2:173:re_arrest:31', words: 're arrested' },
    ])
    assert.deepEqual(best('police arrested/arrest him'), [])
  })

  it('keeps to the verb a pattern was written for with scope "verb"', () => {
    assert.deepEqual(best('They dispatch soldiers/soldier'), [
      { id: 'petr2:154:send:12', words: 'dispatch soldiers' },
    ])
    assert.deepEqual(best('They dispatch soldiers/soldier', { scope: 'verb' }), [])
  })

  it('reads only the tokens allowed as verbs', () => {
    assert.deepEqual(best('the send grain', { isVerb: (i) => i !== 1 }), [])
    assert.deepEqual(best('they send grain', { isVerb: (i) => i === 1 }), [
      { id: 'petr2:073:send:14', words: 'send grain' },
    ])
  })
})

describe('PETRARCH-2 patterns: the shipped data', () => {
  const shipped = readPetrarchData()

  it('holds thousands of patterns, each with a unique id and a PLOVER type or none', () => {
    assert.ok(shipped.patterns.length > 3000, `only ${shipped.patterns.length} patterns`)
    assert.ok(shipped.verbs.length > 1500, `only ${shipped.verbs.length} verbs`)
    const types: ReadonlySet<string> = new Set(PLOVER_TYPES)
    const ids = new Set<string>()
    for (const p of shipped.patterns) {
      assert.ok(!ids.has(p.id), `duplicate id ${p.id}`)
      ids.add(p.id)
      assert.ok(p.type === null || types.has(p.type), `${p.id}: ${p.type}`)
      assert.equal(p.type === null, p.cameo === null, p.id)
    }
    const covered = new Set(shipped.patterns.map((p) => p.type))
    for (const type of PLOVER_TYPES) assert.ok(covered.has(type), `no pattern for ${type}`)
    // CAMEO 01 (statements) and 02 (appeals) have no PLOVER category: none is kept
    assert.ok(shipped.patterns.every((p) => p.cameo === null || !/^0[12]/.test(p.cameo)))
    assert.ok((shipped.report.dropped['pattern: CAMEO code without a PLOVER mapping'] ?? 0) > 0)
  })

  it('codes real sentences read by the pipeline’s tokenizer', () => {
    const index = defaultPatternIndex()
    const code = (text: string) => {
      const a = english.tokenizer.analyse(text)
      const t = { length: a.values.length, lemma: a.lemmas, lower: a.values.map((v) => v.toLowerCase()) }
      return bestMatches(
        matchPatterns(t, { start: 0, end: t.length }, index, { isVerb: (i) => a.pos[i] === 'VERB' }),
      ).map((m) => m.pattern.type)
    }
    assert.deepEqual(code('Islamabad sent troops to the frontier on Monday.'), ['MOBILIZE'])
    assert.deepEqual(code('The government re-arrested the opposition leader.'), ['COERCE'])
    assert.ok(code('Tokyo rushed food aid to the flooded provinces.').includes('AID'))
  })
})

describe('PETRARCH-2 patterns as trigger-lexicon lines', () => {
  it('writes verb, particles and words after with gaps, the recipient slot as the frame', () => {
    const lines = toLexiconLines(index)
    // synonym sets, words before the verb and prefixed verbs are left out
    assert.deepEqual(lines, [
      { id: 'petr2:042:dispatch:15', line: 'dispatch ~ foreign ~ minister | V | CONSULT | - | 042 | -' },
      { id: 'petr2:---:send:16', line: 'send ~ message | V | - | - | - | -' },
      { id: 'petr2:164:call_off:21', line: 'call off | V | SANCTION | - | 164 | -' },
      { id: 'petr2:164:call:22', line: 'call off ~ talk | V | SANCTION | - | 164 | -' },
    ])
  })

  it('gives lines the lexicon parser reads, for the shipped patterns', () => {
    const lines = toLexiconLines(defaultPatternIndex())
    assert.ok(lines.length > 1500, `${lines.length} lines`)
    const entries = parseLexicon(lines.map((l) => l.line).join('\n'))
    assert.equal(entries.length, lines.length)
  })
})
