import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  importDictionary,
  lookupCode,
  parseCameoMapping,
  parsePatternLine,
  parseSide,
  parseVerbLine,
} from '../../scripts/petrarch-dictionary.js'

// A small dictionary and mapping in the OEDA formats, written for this test.
const MAPPING = `# test table
04: CONSULT
040: CONSULT, ,  # Consult
042: CONSULT, visit,   # Make a visit
043: CONSULT, visit,   # Host a visit
07: AID
070: AID,   ,  # Provide aid
073: AID,   ,   humanitarian # Humanitarian aid
15: MOBILIZE
154: MOBILIZE, troops, military # Mobilize armed forces
16: SANCTION
160: SANCTION,   ,  # Reduce relations
173: COERCE, arrest, legal            # Arrest
~~~~~
`

const DICTIONARY = `# header
####### SYNONYM SETS #######

&TROOPS
+SOLDIERS
+ARMED_FORCES
+TROOPS

&FOOD_
+FOOD
+RICE

####### VERB PATTERNS #######

---  SEND   [---]  ---
SEND {SENDS SENDING SENT }
DISPATCH  # a note
- * &TROOPS                                  [154]      # DISPATCH
- * &TROOPS (TO BORDER)                      [154]      # SEND
- * {EMERGENCY &FOOD} (TO +)                 [073]      # SEND
- * &TROOPS                                  [070]      # SEND
- * &TROOPS (TO BORDER)                      [154]      # SEND
- * (FOR TALKS)                              [042:043]  # DISPATCH
- * LETTER                                   [010]      # SEND
- * GREETINGS                                [---]      # SEND
- * &TANKS                                   [154]      # SEND
- * (TO {BORDER)                             [154]      # SEND
- * CHEQUE                                   [07x]      # SEND

---  ABANDON   [160]  ---
+CALL_OFF {+CALLS_OFF +CALLED_OFF +CALLING_OFF}
RE_+ARREST [173]
ABANDON
- PRISONER * (BEFORE COURT)                  [:173]     # ABANDON

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
`

const lemmas: Record<string, string> = {
  soldiers: 'soldier',
  troops: 'troop',
  forces: 'force',
  talks: 'talk',
}
const lemmatize = (w: string) => lemmas[w] ?? w

describe('CAMEO→PLOVER table', () => {
  const mapping = parseCameoMapping(MAPPING)

  it('reads codes with their event, mode and context, skipping category headers', () => {
    assert.deepEqual(mapping.get('042'), { type: 'CONSULT', mode: 'visit', context: null })
    assert.deepEqual(mapping.get('073'), { type: 'AID', mode: null, context: 'humanitarian' })
    assert.equal(mapping.get('173')?.type, 'COERCE')
    assert.equal(mapping.has('04'), false)
  })

  it('maps a four-digit code by its parent, and tells unmapped from unknown codes', () => {
    assert.deepEqual(lookupCode('0731', mapping), {
      kind: 'mapped',
      code: '0731',
      mapping: mapping.get('073'),
      viaParent: true,
    })
    assert.equal(lookupCode('010', mapping).kind, 'none')
    assert.equal(lookupCode('07x', mapping).kind, 'unknown')
    assert.equal(lookupCode('250', mapping).kind, 'unknown')
    assert.equal(lookupCode('---', mapping).kind, 'blocker')
  })
})

describe('verb dictionary lines', () => {
  const ctx = { synsets: new Set(['troops', 'food']), lemmatize }

  it('parses noun phrases, prepositional phrases, synonym sets and slots', () => {
    assert.deepEqual(parseSide(' {EMERGENCY &FOOD} (TO +) '), [
      {
        kind: 'np',
        items: [
          { kind: 'word', text: 'EMERGENCY' },
          { kind: 'word', text: '&FOOD' },
        ],
      },
      { kind: 'pp', prep: 'TO', items: [{ kind: 'word', text: '+' }] },
    ])
    const line = parsePatternLine('- $ * TALKS_AGAIN (WITH +) [042:043]  # MEET', ctx)
    assert.deepEqual(line.before, ['$'])
    assert.deepEqual(line.after, [{ seq: ['talks', 'again'] }, { prep: 'with', obj: ['+'] }])
    assert.deepEqual(line.codes, ['042', '043'])
    assert.equal(line.comment, 'MEET')
  })

  it('refuses what does not parse, with a reason', () => {
    const reason = (line: string) => {
      try {
        parsePatternLine(line, ctx)
        return 'parsed'
      } catch (error) {
        return (error as { reason?: string }).reason
      }
    }
    assert.equal(reason('- * (TO {BORDER) [154]'), 'unbalanced brackets')
    assert.equal(reason('- * &TANKS [154]'), 'undefined synset')
    assert.equal(reason('- * (&TROOPS) [154]'), 'no preposition')
    assert.equal(reason('- * TROOPS'), 'no code')
    assert.equal(reason('- TROOPS [154]'), 'no single verb marker')
    assert.equal(reason('- % * TROOPS [154]'), 'compound actor')
  })

  it('parses multi-word and prefixed verbs', () => {
    const call = parseVerbLine('+CALL_OFF {+CALLS_OFF +CALLED_OFF}', 'X', 5).verb
    assert.deepEqual(
      [call.lemma, call.prefix, call.particles, call.forms],
      ['call', [], ['off'], ['calls', 'called']],
    )
    const rearrest = parseVerbLine('RE_+ARREST [173] # note', 'X', 6)
    assert.deepEqual([rearrest.verb.lemma, rearrest.verb.prefix, rearrest.code], ['arrest', ['re'], '173'])
  })
})

describe('importing a dictionary', () => {
  const result = importDictionary(DICTIONARY, parseCameoMapping(MAPPING), lemmatize)
  const byLine = (line: number) => result.patterns.find((p) => p.line === line)

  it('keeps synonym sets with lemmatised heads and modifiers as written', () => {
    assert.deepEqual(result.synsets.troops, ['soldiers|soldier', ['armed', 'forces|force'], 'troops|troop'])
    assert.deepEqual(result.synsets.food, ['food', 'rice'])
  })

  it('maps patterns to PLOVER with their parties and traceable ids', () => {
    const aid = byLine(20)
    assert.equal(aid?.id, 'petr2:073:send:20')
    assert.deepEqual(
      [aid?.type, aid?.context, aid?.actor, aid?.recipient],
      ['AID', 'humanitarian', 'subject', 'to'],
    )
    const visit = byLine(23)
    assert.deepEqual([visit?.type, visit?.mode, visit?.mutual], ['CONSULT', 'visit', true])
    // the verb named in the comment, when it is one of the block's
    assert.equal(visit?.id, 'petr2:042:dispatch:23')
    // a reversed code: the prisoner is the recipient (the court, which acts, is not marked)
    const court = byLine(34)
    assert.deepEqual([court?.type, court?.actor, court?.recipient], ['COERCE', null, 'subject'])
  })

  it('lets a later line with the same words win, and keeps blockers', () => {
    assert.equal(byLine(18), undefined)
    assert.equal(byLine(21)?.id, 'petr2:070:send:21')
    assert.equal(byLine(19), undefined)
    assert.equal(byLine(22)?.type, 'MOBILIZE')
    assert.deepEqual([byLine(25)?.type, byLine(25)?.id], [null, 'petr2:---:send:25'])
  })

  it('gives verbs their block code or their own, as entries of their own verb', () => {
    const defaults = result.patterns.filter((p) => p.verbLine !== null)
    assert.deepEqual(
      defaults.map((p) => [p.id, p.type]),
      [
        ['petr2:160:call_off:31', 'SANCTION'],
        ['petr2:173:re_arrest:32', 'COERCE'],
        ['petr2:160:abandon:33', 'SANCTION'],
      ],
    )
  })

  it('counts what it drops, by reason', () => {
    assert.deepEqual(result.report.dropped, {
      'pattern: superseded by a later line': 1,
      'pattern: duplicate': 1,
      'pattern: CAMEO code without a PLOVER mapping': 1,
      'pattern: does not parse: undefined synset': 1,
      'pattern: does not parse: unbalanced brackets': 1,
      'pattern: unknown CAMEO code': 1,
    })
    assert.equal(result.report.blocks, 2)
    assert.equal(result.report.verbs, 5)
    assert.equal(result.report.patternLines, 12)
  })
})
