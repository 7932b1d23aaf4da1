import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  parseActorDictionary,
  parseAgentDictionary,
  parseTabariDate,
  phraseOf,
  regularPlural,
} from './tabari.js'

// Samples written for these tests: invented people and bodies in the dictionaries' format.

describe('parseTabariDate', () => {
  const cases: [string, string | undefined][] = [
    ['860126', '1986-01-26'],
    ['120315', '2012-03-15'],
    ['290101', '2029-01-01'],
    ['300101', '1930-01-01'],
    ['19171107', '1917-11-07'],
    ['20040309', '2004-03-09'],
    ['2004017', undefined],
    ['860230', undefined],
    ['861301', undefined],
    ['', undefined],
  ]
  for (const [text, expected] of cases)
    it(`${text || '(empty)'} → ${expected}`, () => {
      assert.equal(parseTabariDate(text), expected)
    })
})

describe('phraseOf and regularPlural', () => {
  it('joins words and drops the final underscore', () => {
    assert.equal(phraseOf('MARTA_K._OSTROVA_ '), 'MARTA K. OSTROVA')
  })
  it('makes PETRARCH plurals', () => {
    assert.deepEqual(['FERRY', 'BOSS', 'PILOT'].map(regularPlural), ['FERRIES', 'BOSSES', 'PILOTS'])
  })
})

describe('parseActorDictionary', () => {
  const sample = [
    '# a header comment',
    '',
    'MARTA_OSTROVA_  # CountryInfo.txt',
    '+MARTA_K._OSTROVA_',
    'PRESIDENT_OSTROVA',
    '\t[ALBELI 700101-950630]',
    '\t[ALBGOV 950701-990630]',
    '\t[ALBGOV >050101]',
    '\t[ALBELI]',
    'PORT_AUREL_HARBOUR_GUARD_ [GRCCOP]',
    '',
    '# a comment line between the entry and more of its names',
    '+AUREL_COASTGUARD_',
    'LONE_NAME_WITHOUT_CODE_',
    '',
    'NORTHERN_LEAGUE_OF_FERRYMEN_\t[IGOEUREEC 800101-851231][NGO] # in-line codes',
    'TOMAS_BREL_',
    '\t[ARMGOV 2004017-20061201]',
    '\t[ARMGOV <900101]',
    '\t[ARMGOV 991231-990101]',
    '+ORPHAN_ALIAS_',
  ].join('\n')
  const { entries, problems } = parseActorDictionary(sample)

  it('reads names, aliases and dated codes', () => {
    const first = entries[0]
    assert.deepEqual(first?.names, ['MARTA OSTROVA', 'MARTA K. OSTROVA', 'PRESIDENT OSTROVA'])
    assert.deepEqual(
      first?.codes.map((c) => [c.code, c.restriction]),
      [
        ['ALBELI', { kind: 'between', start: '1970-01-01', end: '1995-06-30' }],
        ['ALBGOV', { kind: 'between', start: '1995-07-01', end: '1999-06-30' }],
        ['ALBGOV', { kind: 'from', date: '2005-01-01' }],
        ['ALBELI', { kind: 'default' }],
      ],
    )
    assert.equal(first?.comment, 'CountryInfo.txt')
  })

  it('keeps an entry with codes open for aliases after blank and comment lines', () => {
    assert.deepEqual(entries[1]?.names, ['PORT AUREL HARBOUR GUARD', 'AUREL COASTGUARD'])
    assert.deepEqual(
      entries[1]?.codes.map((c) => c.code),
      ['GRCCOP'],
    )
  })

  it('reads several in-line codes and the comment after them', () => {
    const ferrymen = entries.find((e) => e.names[0] === 'NORTHERN LEAGUE OF FERRYMEN')
    assert.deepEqual(
      ferrymen?.codes.map((c) => [c.code, c.restriction.kind]),
      [
        ['IGOEUREEC', 'between'],
        ['NGO', 'default'],
      ],
    )
    assert.equal(ferrymen?.comment, 'in-line codes')
  })

  it('lists malformed dates, reversed ranges and names without codes as problems', () => {
    const tomas = entries.find((e) => e.names[0] === 'TOMAS BREL')
    assert.deepEqual(
      tomas?.codes.map((c) => c.restriction),
      [{ kind: 'before', date: '1990-01-01' }],
    )
    assert.deepEqual(tomas?.names, ['TOMAS BREL', 'ORPHAN ALIAS'])
    assert.deepEqual(
      problems.map((p) => [p.line, p.reason]),
      [
        [14, 'entry-without-code'],
        [18, 'malformed-date'],
        [20, 'end-before-start'],
      ],
    )
  })

  it('refuses an alias before any entry', () => {
    const parsed = parseActorDictionary('+STRAY_ALIAS_\nREAL_BODY_ [FRAGOV]')
    assert.deepEqual(
      parsed.problems.map((p) => p.reason),
      ['alias-without-entry'],
    )
    assert.equal(parsed.entries.length, 1)
  })
})

describe('parseAgentDictionary', () => {
  const sample = [
    '!PERSON! = MAN, MEN, WOMAN, WOMEN',
    '!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES',
    'FERRY [~BUS]',
    'HARBOUR_MINIST [~GOVBUS]',
    'HARBOUR!PERSON! [~COP]',
    'PORT_WARDEN {PORT_WARDENS_GENERAL} [~GOVCOP]',
    'DOCK_POLICE {} [~COP] # no plural',
    'SEAFARERS_UNION [NGO~]',
    'NOCODE_NOUN',
    'DRIFTER!KIND! [~CVL]',
  ].join('\n')
  const { entries, problems } = parseAgentDictionary(sample)

  it('makes plurals, substitutions and leading codes', () => {
    assert.deepEqual(
      entries.map((e) => [e.forms, e.code, e.leading]),
      [
        [['FERRY', 'FERRIES'], 'BUS', false],
        [
          ['HARBOUR MINISTER', 'HARBOUR MINISTERS', 'HARBOUR MINISTRY', 'HARBOUR MINISTRIES'],
          'GOVBUS',
          false,
        ],
        [['HARBOURMAN', 'HARBOURMEN', 'HARBOURWOMAN', 'HARBOURWOMEN'], 'COP', false],
        [['PORT WARDEN', 'PORT WARDENS GENERAL'], 'GOVCOP', false],
        [['DOCK POLICE'], 'COP', false],
        [['SEAFARERS UNION', 'SEAFARERS UNIONS'], 'NGO', true],
      ],
    )
  })

  it('lists lines without a code and unknown markers', () => {
    assert.deepEqual(
      problems.map((p) => [p.line, p.reason]),
      [
        [9, 'agent-without-code'],
        [10, 'unknown-marker'],
      ],
    )
  })
})
