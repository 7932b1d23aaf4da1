import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { detectLanguage } from './language.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8')

describe('detectLanguage', () => {
  it('recognises English news text', () => assert.equal(detectLanguage(fixture('article.txt')), 'eng'))
  it('recognises French', () => assert.equal(detectLanguage(fixture('french.txt')), 'fra'))
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
  ]
  for (const [code, text] of foreign) {
    it(`recognises ${code} in a short paragraph`, () => assert.equal(detectLanguage(text), code))
  }

  it('gives English the benefit of the doubt in a short opening full of names', () => {
    // franc alone ranks Portuguese a hair above English here
    const opening =
      'Maria Conceição Praises Portuguese Foreign Minister Paulo Rangel: ‘Very Good Partner.’\n\nPresident Maria Conceição praised Portuguese Foreign Minister Paulo Rangel at a press conference in Porto on Monday.'
    assert.equal(detectLanguage(opening), 'eng')
  })

  it('says null when the text is too short to tell', () => {
    assert.equal(detectLanguage('Le ministre a parlé.'), null)
  })
  it('only looks at the beginning of a long text', () => {
    const text = `${fixture('article.txt').repeat(20)}${fixture('french.txt').repeat(200)}`
    assert.equal(detectLanguage(text), 'eng')
  })
})
