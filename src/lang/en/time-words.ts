/**
 * English time vocabulary, as data. Keys are lower-cased token forms as wink-nlp produces them
 * ("sept." keeps its period). The dates stage reads them through `Lang.time`.
 */
import type { Part, Unit } from '../words.js'

/** Month names and abbreviations → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['jan.', 1],
  ['february', 2],
  ['feb', 2],
  ['feb.', 2],
  ['march', 3],
  ['mar.', 3],
  ['april', 4],
  ['apr', 4],
  ['apr.', 4],
  ['may', 5],
  ['june', 6],
  ['jun.', 6],
  ['july', 7],
  ['jul.', 7],
  ['august', 8],
  ['aug', 8],
  ['aug.', 8],
  ['september', 9],
  ['sept', 9],
  ['sept.', 9],
  ['sep.', 9],
  ['october', 10],
  ['oct', 10],
  ['oct.', 10],
  ['november', 11],
  ['nov', 11],
  ['nov.', 11],
  ['december', 12],
  ['dec', 12],
  ['dec.', 12],
])

/** Weekday names → JavaScript day number (0 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
])

/** Words before a weekday that make it a name, not a date ("Super Tuesday", "Black Friday"). */
export const WEEKDAY_NAME_BEFORE: ReadonlySet<string> = new Set([
  'super',
  'black',
  'bloody',
  'good',
  'easter',
  'cyber',
  'palm',
  'ash',
  'holy',
  'giving',
])

/** Capitalised words after a weekday that make it a title ("Sunday Times", "Saturday Night Live"). */
export const WEEKDAY_NAME_AFTER: ReadonlySet<string> = new Set([
  'times',
  'telegraph',
  'mirror',
  'express',
  'post',
  'herald',
  'independent',
  'review',
  'night',
  'morning',
  'live',
  'show',
  'school',
  'league',
  'people',
  'sport',
  'magazine',
  'edition',
])

/** Parts of a day that may follow a day expression and belong to it ("Saturday night"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night'])

/** Unit words, singular and plural. Hours count as a fraction of a day. */
export const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
])

/** Number words usable before a unit ("two weeks ago", "a month ago"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['fifteen', 15],
  ['twenty', 20],
  ['thirty', 30],
  ['fifty', 50],
  ['hundred', 100],
])

/** How far "a few"/"several"/"recent" units reach back from the publication date. */
export const VAGUE_AMOUNT: Readonly<Record<Unit, number>> = { day: 7, week: 4, month: 3, year: 3 }

/** Days "recently" reaches back. */
export const RECENTLY_DAYS: number = 60

/** Single words that denote a day relative to the publication date. */
export const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['yesterday', -1],
  ['today', 0],
  ['tonight', 0],
  ['tomorrow', 1],
])

/** Modifiers of a calendar unit: "last week" (−1), "this month" (0), "next year" (+1). */
export const CALENDAR_SHIFT: ReadonlyMap<string, number> = new Map([
  ['last', -1],
  ['previous', -1],
  ['this', 0],
  ['next', 1],
  ['coming', 1],
])

/** Words introducing a trailing window ending at the publication date: "the past week", "the last two months". */
export const TRAILING_WORDS: ReadonlySet<string> = new Set(['past', 'last', 'previous'])

/** Vague amounts: "the past few days", "in recent weeks". */
export const VAGUE_WORDS: ReadonlySet<string> = new Set(['few', 'several', 'recent'])

/** "early March", "mid-2014", "the late 1990s": which part of the period. */
export const PERIOD_PARTS: ReadonlyMap<string, Part> = new Map([
  ['early', 'early'],
  ['mid', 'mid'],
  ['middle', 'mid'],
  ['late', 'late'],
])

/** Parts written as a prefix of the period, with a hyphen: "mid-2014", "early-March", "late-1990s". */
export const PART_PREFIXES: ReadonlySet<string> = new Set(['early', 'mid', 'late'])

/** "the end of March", "the beginning of the year": which part of the period after "of". */
export const PERIOD_EDGES: ReadonlyMap<string, Part> = new Map([
  ['beginning', 'early'],
  ['start', 'early'],
  ['middle', 'mid'],
  ['end', 'late'],
])

/** Seasons (northern hemisphere) → first and last month; winter runs from December into the next year. */
export const SEASONS: ReadonlyMap<string, { readonly first: number; readonly last: number }> = new Map([
  ['spring', { first: 3, last: 5 }],
  ['summer', { first: 6, last: 8 }],
  ['fall', { first: 9, last: 11 }],
  ['autumn', { first: 9, last: 11 }],
  ['winter', { first: 12, last: 2 }],
])

/** Words after "fall" that make it the noun or verb ("this fall in prices", "the fall of Kabul"). */
export const FALL_NOUN_AFTER: ReadonlySet<string> = new Set(['in', 'of', 'from', 'on', 'to', 'by'])

/** Words right before a season that make it a time ("in summer", "during the summer" is handled with "the"). */
export const SEASON_LEFT_CONTEXT: ReadonlySet<string> = new Set([
  'in',
  'during',
  'since',
  'until',
  'through',
  'throughout',
  'by',
  'over',
  'early',
  'late',
  'mid',
])

/** Words linking two expressions into one range: "from March to May", "between 1983 and 1986", "2014–2016". */
export const SPAN_LINKS: ReadonlyMap<string, string> = new Map([
  ['to', 'from'],
  ['until', 'from'],
  ['through', 'from'],
  ['and', 'between'],
])

/** "earlier this year" (start of period to the publication date), "later this month" (to its end). */
export const PERIOD_SIDES: ReadonlyMap<string, 'before' | 'after'> = new Map([
  ['earlier', 'before'],
  ['later', 'after'],
])

/** Words that open a range bounded by the expression after them. */
export const RANGE_OPENERS: ReadonlyMap<string, 'since' | 'until'> = new Map([
  ['since', 'since'],
  ['until', 'until'],
  ['till', 'until'],
  ['through', 'until'],
  ['by', 'until'],
])

/** Words before a month name that make it a date even when "May" could be the verb ("in May", "last May"). */
export const DATE_LEFT_CONTEXT: ReadonlySet<string> = new Set([
  'in',
  'on',
  'since',
  'until',
  'till',
  'through',
  'by',
  'from',
  'during',
  'of',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'before',
  'after',
  'between',
])

/** Words linking two month names ("April and May"): the second is a date when the first is a month. */
export const MONTH_LINKS: ReadonlySet<string> = new Set(['and', 'to', 'or', '-', '--', 'through'])

/** Words after a month name that make it a name or the noun "march" ("March for Our Lives", "March Madness"). */
export const MONTH_NAME_AFTER: ReadonlySet<string> = new Set(['for', 'against', 'on'])

/** Days that name a historic event when followed by one of the nouns ("the Sept. 11 attacks"). */
export const HISTORIC_DAYS: readonly {
  month: number
  day: number
  year: number
  nouns: ReadonlySet<string>
}[] = [
  {
    month: 9,
    day: 11,
    year: 2001,
    nouns: new Set([
      'attack',
      'attacks',
      'terrorist',
      'terror',
      'hijackers',
      'commission',
      'anniversary',
      'memorial',
      'museum',
    ]),
  },
]

/** Words before a four-digit number that make it a year even before a plural noun ("the 2016 elections"). */
export const YEAR_LEFT_CONTEXT: ReadonlySet<string> = new Set([
  'in',
  'since',
  'until',
  'till',
  'through',
  'by',
  'from',
  'during',
  'of',
  'the',
  'before',
  'after',
  'between',
  'and',
  'to',
  'early',
  'late',
  'mid',
  "'s",
])

/** Tokens around a four-digit number that make it a quantity, not a year ("$2000", "2000 percent"). */
export const QUANTITY_BEFORE: ReadonlySet<string> = new Set([
  '$',
  '€',
  '£',
  '#',
  'no.',
  'number',
  'some',
  'about',
])
export const QUANTITY_AFTER: ReadonlySet<string> = new Set(['%', 'percent', 'per', 'x', 'km', 'miles', 'kg'])

/** Cues that the clause speaks of the future wherever they stand in it ("will meet on Saturday"). */
export const FUTURE_CUES: ReadonlySet<string> = new Set(['will', 'shall', 'would', 'upcoming'])

/**
 * Cues that speak of the future only when followed by "to"/"for" ("plans to visit", "scheduled for") or when they
 * stand right before the expression ("expected Tuesday"): as nouns they say nothing ("the funding plan").
 */
export const FUTURE_CUES_BEFORE_TO: ReadonlySet<string> = new Set([
  'plans',
  'plan',
  'planned',
  'planning',
  'scheduled',
  'expected',
  'due',
  'slated',
  'set',
  'going',
  'intends',
  'aims',
  'ahead',
])

/** Words after a conditional cue that make it point to the future ("plans to", "scheduled for", "ahead of"). */
export const FUTURE_LINKS: ReadonlySet<string> = new Set(['to', 'for', 'of'])

/** Punctuation that ends the clause a tense cue may come from. */
export const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([',', ';', ':', '--', '"', "'", '(', ')'])

/** Punctuation and words that end the clause a tense cue may come from ("… he said Saturday"). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ...CLAUSE_PUNCTUATION,
  'said',
  'says',
  'told',
  'but',
])

/** Words that can begin a time expression; anything else is skipped with one Set lookup. */
export const START_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...DAY_WORDS.keys(),
  ...CALENDAR_SHIFT.keys(),
  ...TRAILING_WORDS,
  ...PERIOD_PARTS.keys(),
  ...PERIOD_SIDES.keys(),
  ...RANGE_OPENERS.keys(),
  ...NUMBER_WORDS.keys(),
  ...SEASONS.keys(),
  'recent',
  'recently',
  'the',
  'several',
  'few',
])

/** Characters (typography folded) that end a clause between an event trigger and a time expression. */
export const CLAUSE_MARK_CHARACTERS: ReadonlySet<string> = new Set([';', '"', '-', '(', ')', '[', ']'])

/** Conjunctions that open a new clause after a comma (", but …", ", while …"). */
export const CLAUSE_OPENING_LINKS: readonly string[] = [
  ', but ',
  ', while ',
  ', whereas ',
  ', although ',
  ', though ',
  ', and ',
]
