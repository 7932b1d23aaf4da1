import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { ENGLISH_PAGES, FOREIGN_PAGES } from '../../test/fixtures/languages/news-pages.js'
import { htmlToArticle } from './html-article.js'
import { readInputs } from './index.js'
import { candidateScores, detectLanguage, ENGLISH_THRESHOLD } from './language.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8')

async function* pages(html: string): AsyncGenerator<string> {
  yield html
}

describe('the language gate', () => {
  it('recognises English news text', () => assert.equal(detectLanguage(fixture('article.txt')), 'eng'))
  it('recognises French', () => assert.equal(detectLanguage(fixture('french.txt')), 'fra'))

  for (const page of FOREIGN_PAGES) {
    it(`refuses a ${page.name} news page, naming its language`, async () => {
      const text = htmlToArticle(page.html)?.text ?? ''
      assert.ok(text.length >= 300, `${page.name}: ${text.length} characters`)
      assert.equal(detectLanguage(text), page.code)
      // the same verdict through the reader of any input: stdin here, as an HTML page
      const items = []
      for await (const item of readInputs(['-'], { stdin: pages(page.html) })) items.push(item)
      assert.equal(items.length, 1)
      assert.equal(items[0]?.kind, 'error')
      assert.equal(items[0]?.diagnostics[0]?.code, 'input/not-english')
      assert.match(items[0]?.diagnostics[0]?.message ?? '', new RegExp(`\\(${page.code}\\), not English`))
    })
  }

  for (const page of ENGLISH_PAGES) {
    it(`accepts ${page.name} full of foreign names`, async () => {
      const text = htmlToArticle(page.html)?.text ?? ''
      assert.equal(detectLanguage(text), 'eng')
      const items = []
      for await (const item of readInputs(['-'], { stdin: pages(page.html) })) items.push(item)
      assert.equal(items[0]?.kind, 'document')
    })
  }

  // Short news paragraphs, written for this test, just above the length at which a language is told.
  const foreign: [string, string][] = [
    [
      'deu',
      'Die Außenminister der beiden Länder haben sich am Donnerstag in Wien getroffen, um über die Lage an der Grenze zu sprechen. Nach dem Treffen sagte der Minister, man sei sich in vielen Fragen einig, aber nicht in allen.',
    ],
    [
      'spa',
      'Los ministros de Asuntos Exteriores de ambos países se reunieron el jueves en Madrid para hablar de la situación en la frontera. Tras la reunión, el ministro dijo que estaban de acuerdo en muchas cuestiones, pero no en todas.',
    ],
    [
      'ita',
      'I ministri degli Esteri dei due paesi si sono incontrati giovedì a Roma per discutere della situazione al confine. Dopo l’incontro il ministro ha detto che erano d’accordo su molte questioni, ma non su tutte quante.',
    ],
    [
      'por',
      'Os ministros dos Negócios Estrangeiros dos dois países reuniram-se na quinta-feira em Lisboa para discutir a situação na fronteira. Depois do encontro, o ministro disse que estavam de acordo em muitas questões, mas não em todas.',
    ],
    [
      'nld',
      'De ministers van Buitenlandse Zaken van beide landen hebben donderdag in Den Haag met elkaar gesproken over de situatie aan de grens. Na afloop zei de minister dat ze het over veel zaken eens waren, maar niet over alles.',
    ],
    [
      'dan',
      'Udenrigsministrene fra de to lande mødtes tirsdag i København for at drøfte situationen ved grænsen. Efter mødet sagde ministeren, at man var enige om mange ting, men ikke om alt, og at samtalerne fortsætter.',
    ],
  ]
  for (const [code, text] of foreign) {
    it(`recognises ${code} in a short paragraph`, () => assert.equal(detectLanguage(text), code))
  }

  it('accepts a short English opening full of names, however close another language comes', () => {
    const opening =
      'Maria Conceição Praises Portuguese Foreign Minister Paulo Rangel: ‘Very Good Partner.’\n\nPresident Maria Conceição praised Portuguese Foreign Minister Paulo Rangel at a press conference in Porto on Monday.'
    assert.equal(detectLanguage(opening), 'eng')
    assert.ok((candidateScores(opening).get('eng') ?? 0) >= ENGLISH_THRESHOLD)
  })

  it('accepts old wire copy in capitals', () => {
    const wire =
      'WASHINGTON (AP) — SECRETARY OF STATE JAMES BAKER MET SOVIET FOREIGN MINISTER EDUARD SHEVARDNADZE FOR FIVE HOURS ON TUESDAY AND SAID THE TWO SIDES HAD NARROWED THEIR DIFFERENCES ON ARMS CONTROL.'
    assert.equal(detectLanguage(wire), 'eng')
  })

  it('says null when the text is too short to tell', () => {
    assert.equal(detectLanguage('Le ministre a parlé.'), null)
    assert.equal(detectLanguage('외교장관이 화요일 제네바에서 만났다.'), null)
  })
  it('only looks at the beginning of a long text', () => {
    const text = `${fixture('article.txt').repeat(20)}${fixture('french.txt').repeat(200)}`
    assert.equal(detectLanguage(text), 'eng')
  })
})
