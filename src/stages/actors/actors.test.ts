import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../../extract.js'
import type { RecordActor } from '../../record/record.js'

const extractor = createExtractor()

function actorsOf(text: string): RecordActor[] {
  return [...extractor.extract({ text, meta: { id: 't', date: '2022-07-10' } }).record.actors]
}

function actorWith(actors: RecordActor[], mention: string): RecordActor | undefined {
  return actors.find((a) => a.mentions.some((m) => m.text === mention))
}

describe('actors (in-document coreference)', () => {
  it('merges a surname with the full name given earlier', () => {
    const actors = actorsOf('Secretary of State Antony Blinken arrived. Later, Blinken spoke to reporters.')
    const blinken = actorWith(actors, 'Antony Blinken')
    assert.ok(blinken)
    assert.deepEqual(
      blinken.mentions.map((m) => m.text),
      ['Antony Blinken', 'Blinken'],
    )
    assert.equal(blinken.role, 'Secretary of State')
    assert.equal(blinken.sector, 'GOV')
  })

  it('takes an appositive as the same person, and a former official out of government (ELI)', () => {
    const actors = actorsOf('“Talk first,” said Tom Shannon, a former senior State Department official.')
    const shannon = actorWith(actors, 'Tom Shannon')
    assert.ok(shannon?.mentions.some((m) => m.text === 'a former senior State Department official'))
    assert.equal(shannon?.sector, 'ELI')
  })

  it('resolves a title before a comma to the name after it', () => {
    const actors = actorsOf("Russia's ambassador to the United States, Anatoly Antonov, complained.")
    const antonov = actorWith(actors, 'Anatoly Antonov')
    assert.equal(antonov?.country, 'RUS')
    assert.ok(antonov?.mentions.some((m) => m.text === 'ambassador'))
  })

  it('resolves a subject pronoun to the previous subject, and an object pronoun away from its own subject', () => {
    const actors = actorsOf(
      'Blinken has not spoken to Lavrov since January and chose not to meet him. He said so on Saturday.',
    )
    const lavrov = actorWith(actors, 'Lavrov')
    const blinken = actorWith(actors, 'Blinken')
    assert.ok(lavrov?.mentions.some((m) => m.text === 'him'))
    assert.ok(blinken?.mentions.some((m) => m.text === 'He'))
  })

  it('resolves a role nominal to the office-holder named before', () => {
    const actors = actorsOf('Foreign Minister Antony Blinken flew in. The top US diplomat met nobody.')
    assert.ok(actorWith(actors, 'Antony Blinken')?.mentions.some((m) => m.text === 'The top US diplomat'))
  })

  it('makes anonymous and group actors', () => {
    const actors = actorsOf('A Western official said the talks failed. Some veteran diplomats disagreed.')
    const official = actorWith(actors, 'A Western official')
    assert.equal(official?.anonymous, true)
    assert.equal(official?.kind, 'person')
    assert.equal(actorWith(actors, 'Some veteran diplomats')?.kind, 'group')
  })

  it('merges a country with its capital and seat of government', () => {
    const actors = actorsOf('Russia denied it. The Kremlin said Moscow would respond.')
    const russia = actorWith(actors, 'Russia')
    assert.deepEqual(
      russia?.mentions.map((m) => m.text),
      ['Russia', 'Kremlin', 'Moscow'],
    )
    assert.equal(russia?.kind, 'country')
  })
})

describe('actors resolved against dated office-holders', () => {
  const at = (text: string, date: string) =>
    extractor.extract({ text, meta: { id: 't', date } }).record.actors.find((a) => a.kind === 'person')

  it('Kerry in 2014 is the US Secretary of State; in 2025 a former official (ELI)', () => {
    const in2014 = at('Kerry met reporters in Geneva.', '2014-05-01')
    assert.equal(in2014?.country, 'USA')
    assert.equal(in2014?.sector, 'GOV')
    assert.equal(in2014?.role, 'Secretary of State')
    const in2025 = at('Kerry met reporters in Geneva.', '2025-05-01')
    assert.equal(in2025?.country, 'USA')
    assert.equal(in2025?.sector, 'ELI')
    assert.match(in2025?.role ?? '', /^former /)
  })

  it('finds "his Russian counterpart" of a national security adviser on the article date', () => {
    const { actors } = extractor.extract({
      text: 'Jake Sullivan spoke by phone with his Russian counterpart on Monday.',
      meta: { id: 't', date: '2022-03-20' },
    }).record
    const counterpart = actorWith([...actors], 'his Russian counterpart')
    assert.equal(counterpart?.name, 'Nikolai Patrushev')
    assert.equal(counterpart?.country, 'RUS')
  })
})

describe('pronouns agree in gender when the text shows it', () => {
  it('does not give "she" to a man named just before', () => {
    const actors = actorsOf(
      'Hillary Clinton spoke first. Then Bill Smith answered, and she said nothing more.',
    )
    assert.ok(actorWith(actors, 'Hillary Clinton')?.mentions.some((m) => m.text === 'she'))
    assert.ok(!actorWith(actors, 'Bill Smith')?.mentions.some((m) => m.text === 'she'))
  })
})
