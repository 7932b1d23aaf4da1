import type { ParleyRecord } from '../../src/record/record.js'
import { article, DIPLOMATS } from './fixtures.js'

const SENTENCE = 'Antony Blinken met Sergei Lavrov and Sergei Lavrov rejected Antony Blinken. '

/**
 * A long article with many actor mentions and events, some of which merge with those of the article before:
 * each article's meeting shares its date with its neighbour (`i` and `i + 1` are a day apart).
 */
export function batchArticle(i: number, sentences = 200): ParleyRecord {
  const text = SENTENCE.repeat(sentences).trim()
  const day = String(1 + (i % 28)).padStart(2, '0')
  const date: [string, string] = [`2022-03-${day}`, `2022-03-${day}`]
  return article({
    id: `batch-${i}`,
    date: `2022-03-${day}`,
    text,
    actors: [
      { ...DIPLOMATS[0]!, mentions: Array.from({ length: sentences * 2 }, () => 'Antony Blinken') },
      { ...DIPLOMATS[1]!, mentions: Array.from({ length: sentences * 2 }, () => 'Sergei Lavrov') },
    ],
    quotes: [{ id: 'q1', content: 'rejected', speaker: 'c2' }],
    events: Array.from({ length: sentences }, (_, n) =>
      n % 2 === 0
        ? {
            id: `e${n}`,
            type: 'CONSULT' as const,
            trigger: 'met',
            occurrence: n,
            actor: ['c1'],
            recipient: ['c2'],
            date,
          }
        : {
            id: `e${n}`,
            type: 'REJECT' as const,
            trigger: 'rejected',
            occurrence: n,
            actor: ['c2'],
            recipient: ['c1'],
          },
    ),
  })
}
