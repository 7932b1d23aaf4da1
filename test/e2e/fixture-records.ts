import type { PloverType } from '../../src/doc/layers.js'
import type {
  ParleyRecord,
  RecordActor,
  RecordEvent,
  RecordQuote,
  RecordTextSpan,
} from '../../src/record/record.js'
import { contentHash } from '../../src/store/keys.js'
import type { Store } from '../../src/store/store.js'

/** A quotation that must reach the page as text, never as markup. */
export const XSS_QUOTE = 'They sent us <img src=x onerror=alert(1)> instead of an apology'

/** The span of the n-th occurrence of `needle` in `text` (a fixture bug when absent). */
function find(text: string, needle: string, occurrence = 0): RecordTextSpan {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1)
  if (start < 0) throw new Error(`fixture: "${needle}" is not in the text`)
  return { start, end: start + needle.length, text: needle }
}

function sentenceAround(text: string, span: RecordTextSpan): { start: number; end: number } {
  const before = text.lastIndexOf('\n', span.start)
  const dot = text.lastIndexOf('. ', span.start)
  const start = Math.max(before + 1, dot < 0 ? 0 : dot + 2)
  const stop = text.indexOf('.', span.end)
  return { start, end: stop < 0 ? text.length : stop + 1 }
}

interface ActorSpec {
  readonly id: string
  readonly name: string
  readonly kind?: RecordActor['kind']
  readonly country: string
  /** Strings in the text that mention the actor (first occurrence each). */
  readonly mentions: readonly string[]
}

interface QuoteSpec {
  readonly content: string
  readonly speaker: string
  readonly speakerText: string
  readonly cue: string
}

interface EventSpec {
  readonly type: PloverType
  readonly trigger: string
  readonly actor: readonly string[]
  readonly recipient: readonly string[]
  readonly status?: RecordEvent['status']
  readonly date?: string
}

function article(
  id: string,
  title: string,
  date: string,
  text: string,
  actors: readonly ActorSpec[],
  quotes: readonly QuoteSpec[],
  events: readonly EventSpec[],
): ParleyRecord {
  return {
    document: {
      id,
      title,
      date,
      url: `https://news.example/${id}`,
      source: 'Fixture Wire',
      language: 'eng',
      text,
    },
    actors: actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind ?? 'person',
      country: a.country,
      sector: 'GOV',
      role: null,
      anonymous: false,
      mentions: a.mentions.map((m) => find(text, m)),
    })),
    places: [],
    quotes: quotes.map(
      (q, i): RecordQuote => ({
        id: `q${i}`,
        kind: 'direct',
        text: q.content,
        spans: [(({ start, end }) => ({ start, end }))(find(text, q.content))],
        cue: find(text, q.cue),
        speaker: { actor: q.speaker, mention: find(text, q.speakerText) },
      }),
    ),
    events: events.map((e, i): RecordEvent => {
      const trigger = find(text, e.trigger)
      return {
        id: `e${i}`,
        type: e.type,
        mode: null,
        cameo: null,
        status: e.status ?? 'asserted',
        actor: e.actor,
        recipient: e.recipient,
        date: { start: e.date ?? date, end: e.date ?? date, text: null },
        location: null,
        trigger,
        sentence: sentenceAround(text, trigger),
        quote: null,
      }
    }),
  }
}

const GENEVA = `Clinton met Lavrov in Geneva on Friday to reset relations.
"We want to start afresh," Clinton said after the meeting.
Lavrov said Moscow would consider the proposal.`

const MANILA = `Tillerson did not meet Lavrov's deputy, and Lavrov declined to meet Clinton's successor in Manila.
Lavrov rejected the American proposal for talks.
"${XSS_QUOTE}," Lavrov told reporters.`

const LONDON = `Britain expelled 23 Russian diplomats on Wednesday.
May accused Russia of the attack in Salisbury.
"This was an unlawful use of force," May said in parliament.`

/** Three small articles with actors, quotes and events of every kind the dashboard draws. */
export const FIXTURE_RECORDS: readonly ParleyRecord[] = [
  article(
    'geneva-2009',
    'Clinton and Lavrov meet in Geneva',
    '2009-03-06',
    GENEVA,
    [
      { id: 'c0', name: 'Hillary Clinton', country: 'USA', mentions: ['Clinton'] },
      { id: 'c1', name: 'Sergey Lavrov', country: 'RUS', mentions: ['Lavrov'] },
    ],
    [{ content: 'We want to start afresh,', speaker: 'c0', speakerText: 'Clinton', cue: 'said' }],
    [{ type: 'CONSULT', trigger: 'met', actor: ['c0'], recipient: ['c1'] }],
  ),
  article(
    'manila-2017',
    'No meeting in Manila',
    '2017-08-07',
    MANILA,
    [
      { id: 'c0', name: 'Sergey Lavrov', country: 'RUS', mentions: ['Lavrov'] },
      { id: 'c1', name: 'Hillary Clinton', country: 'USA', mentions: ['Clinton'] },
    ],
    [{ content: `${XSS_QUOTE},`, speaker: 'c0', speakerText: 'Lavrov', cue: 'told reporters' }],
    [
      { type: 'CONSULT', trigger: 'declined to meet', actor: ['c0'], recipient: ['c1'], status: 'negated' },
      { type: 'REJECT', trigger: 'rejected', actor: ['c0'], recipient: ['c1'] },
    ],
  ),
  article(
    'london-2018',
    'Britain expels Russian diplomats',
    '2018-03-14',
    LONDON,
    [
      { id: 'c0', name: 'United Kingdom', kind: 'country', country: 'GBR', mentions: ['Britain'] },
      { id: 'c1', name: 'Russia', kind: 'country', country: 'RUS', mentions: ['Russia'] },
      { id: 'c2', name: 'Theresa May', country: 'GBR', mentions: ['May'] },
    ],
    [{ content: 'This was an unlawful use of force,', speaker: 'c2', speakerText: 'May', cue: 'said' }],
    [
      { type: 'SANCTION', trigger: 'expelled', actor: ['c0'], recipient: ['c1'] },
      { type: 'ACCUSE', trigger: 'accused', actor: ['c2'], recipient: ['c1'] },
    ],
  ),
]

/** Puts the fixture records into a store. */
export async function putFixtures(store: Store): Promise<void> {
  for (const record of FIXTURE_RECORDS) {
    await store.putDocument(record, { contentHash: contentHash(record.document.text ?? '', record.document) })
  }
}
