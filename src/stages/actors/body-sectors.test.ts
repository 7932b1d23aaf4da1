import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { typeset } from '../../eval/typeset.js'
import { createExtractor } from '../../extract.js'
import type { RecordActor } from '../../record/record.js'

/** Demonym or possessive + head noun, agent nouns, and a group's country from where the sentence places it. */
const extractor = createExtractor()

function actorOver(text: string, phrase: string): RecordActor | undefined {
  const { record } = extractor.extract({ text, meta: { id: 't', date: '2021-03-04' } })
  const at = text.indexOf(phrase)
  assert.ok(at >= 0, `"${phrase}" is in the text`)
  return record.actors.find((a) => a.mentions.some((m) => m.start <= at && at + phrase.length <= m.end))
}

const codes = (a: RecordActor | undefined) => `${a?.country ?? '-'} ${a?.sector ?? '-'}`

for (const form of ['plain', 'typeset'] as const) {
  const t = (s: string) => (form === 'typeset' ? typeset(s) : s)
  describe(`${form}: a country's own bodies`, () => {
    it('a demonym before a generic national body ("Pakistani Army")', () => {
      const text = t('The Pakistani Army said its troops had repelled the attack.')
      assert.equal(codes(actorOver(text, 'Pakistani Army')), 'PAK MIL')
    })

    it('a country\'s possessive before one ("Kenya\'s Interior Ministry"), a defence ministry is GOV', () => {
      const text = t("Kenya's Interior Ministry and Chile's Defense Ministry issued statements.")
      assert.equal(codes(actorOver(text, t("Kenya's Interior Ministry"))), 'KEN GOV')
      assert.equal(codes(actorOver(text, t("Chile's Defense Ministry"))), 'CHL GOV')
    })

    it("a country's possessive before a body noun takes the country into the mention", () => {
      const text = t("Israel's army said it would respond, and Ukraine's parliament voted.")
      const army = actorOver(text, t("Israel's army"))
      assert.equal(codes(army), 'ISR MIL')
      assert.equal(army?.mentions[0]?.text, t("Israel's army"))
      assert.equal(codes(actorOver(text, t("Ukraine's parliament"))), 'UKR LEG')
    })

    it('one generic body per country', () => {
      const text = t('The Israeli Air Force struck positions held by the Syrian Army.')
      const israeli = actorOver(text, 'Israeli Air Force')
      const syrian = actorOver(text, 'Syrian Army')
      assert.notEqual(israeli, undefined)
      assert.notEqual(israeli?.id, syrian?.id)
      assert.deepEqual([codes(israeli), codes(syrian)], ['ISR MIL', 'SYR MIL'])
    })
  })

  describe(`${form}: agent nouns`, () => {
    it('gunmen are unidentified armed actors, placed where the sentence puts them', () => {
      const text = t('Two gunmen opened fire on a cafe in central Mali on Friday.')
      assert.equal(codes(actorOver(text, 'gunmen')), 'MLI UAF')
      assert.equal(
        codes(actorOver(t('A gunman opened fire at a checkpoint in Tunisia.'), 'gunman')),
        'TUN UAF',
      )
    })

    it('a named group\'s members are the group\'s ("Hamas gunmen" REB)', () => {
      assert.equal(codes(actorOver(t('Hamas gunmen fired rockets overnight.'), 'Hamas gunmen')), 'PSE REB')
    })

    it('a longer known phrase decides over its head noun ("police officers" COP, not "officers")', () => {
      const text = t('Five Dallas police officers were hurt.')
      assert.equal(actorOver(text, 'police officers')?.sector, 'COP')
    })

    it('a place before a group\'s noun is where its people are from ("Darfur rebels")', () => {
      const text = t(`Chad's envoy said Darfur rebels had attacked a Sudanese town -- "again".`)
      assert.equal(codes(actorOver(text, 'Darfur rebels')), 'SDN REB')
      assert.equal(codes(actorOver(t('Gaza militants fired rockets.'), 'Gaza militants')), 'PSE REB')
    })

    it('a title an intergovernmental body opens, after the name between commas, makes an IGO official', () => {
      const text = t(`Maria Olsen, the UN refugee coordinator, said the camps were "full".`)
      assert.equal(codes(actorOver(text, 'Maria Olsen')), '- IGO')
      const general = t("Kofi Annan, UN secretary-general, rejected the US's plan.")
      assert.equal(actorOver(general, 'Kofi Annan')?.sector, 'IGO')
      assert.equal(
        actorOver(t(`Maria Olsen, a UN critic, said it was "absurd".`), 'Maria Olsen')?.sector,
        null,
      )
    })

    it('a compass word before a country or demonym is no first name ("West German", "Western Cambodia")', () => {
      const text = t(`West German Foreign Minister Klaus Berger said the talks were "useful".`)
      assert.equal(actorOver(text, 'Klaus Berger')?.country, 'DEU')
      const region = t("Canada's minister spoke of a North American trade pact.")
      const { record } = extractor.extract({ text: region, meta: { id: 't', date: '2018-09-19' } })
      assert.equal(
        record.actors.some((a) => a.country === 'USA'),
        false,
      )
    })

    it('workers, drivers and refugees', () => {
      assert.equal(codes(actorOver(t('Taxi drivers blocked roads in Madrid.'), 'Taxi drivers')), 'ESP LAB')
      assert.equal(codes(actorOver(t('Syrian refugees crossed the border.'), 'Syrian refugees')), 'SYR REF')
    })
  })

  describe(`${form}: a sentence's place, not its parties`, () => {
    it('a country acting or spoken of places nobody', () => {
      const groups = actorOver(t('Moscow said all illegal armed groups must disarm.'), 'armed groups')
      assert.equal(groups?.country, null)
      const ministers = actorOver(t('Two ministers argued for an hour over Ukraine.'), 'ministers')
      assert.equal(ministers?.country, null)
    })

    it('officials are not placed by the sentence, protesters are', () => {
      const text = t('Protesters gathered outside parliament in Hong Kong as officials met.')
      assert.equal(codes(actorOver(text, 'Protesters')), 'HKG CVL')
      assert.equal(actorOver(text, 'officials')?.country, null)
    })

    it('victims counted by number take the place the sentence names, a demonym before a noun places nothing', () => {
      const text = t(
        'Two Palestinian bombers killed 23 people in Tel Aviv in the worst attack of the Palestinian uprising.',
      )
      assert.equal(actorOver(text, t('23 people'))?.country, 'ISR')
    })

    it("without a place, victims take the one country the sentence names (a domestic event's X→X)", () => {
      const text = t('Egyptian police opened fire on Monday, killing one person, security sources said.')
      assert.equal(actorOver(text, t('one person'))?.country, 'EGY')
      const two = t('Israeli and Syrian gunners exchanged fire, wounding five others.')
      assert.equal(actorOver(two, t('five others'))?.country, null)
    })

    it("a closing attribution's country places people only when the rest of the sentence names none", () => {
      assert.equal(
        actorOver(t("Gunmen killed five people, Kenya's police said."), 'five people')?.country,
        'KEN',
      )
      const text = t("Rebels killed five people in Cambodia's north, Thai officials said.")
      assert.equal(actorOver(text, 'five people')?.country, 'KHM')
    })

    it("without a place, a country's own groups (rebels, police) take the one country the sentence names", () => {
      const rebels = t('The Peruvian government on Friday rejected demands from Maoist rebels -- again.')
      assert.equal(codes(actorOver(rebels, 'Maoist rebels')), 'PER REB')
      const police = t(`Kenya's interior minister warned that police "will not tolerate" new marches.`)
      assert.equal(codes(actorOver(police, 'police')), 'KEN COP')
      // two countries named: nobody is placed; officials travel, so they are never placed this way
      const two = t("Chile's minister said rebels had met Peruvian envoys.")
      assert.equal(actorOver(two, 'rebels')?.country, null)
      const officials = t(`Kenya's president said officials "would not" attend.`)
      assert.equal(actorOver(officials, 'officials')?.country, null)
    })
  })
}
