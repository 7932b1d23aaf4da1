/**
 * Speech cues: the verbs and phrases that introduce a quotation or reported speech, as data.
 * Keys are wink-nlp lemmas (lower case). The stage in src/stages/quotes reads only these tables.
 */

/**
 * How a cue verb can attach to what was said:
 * - `speech`: direct quotes and reported clauses ("said", "warned that …");
 * - `direct`: only a direct quotation next to it ("“…,” he continued", "she asked: “…”");
 * - `belief`: reported clauses only, never a direct quote on its own ("they believe that …").
 */
export type CueVerbClass = 'speech' | 'direct' | 'belief'

export const CUE_VERBS: Readonly<Record<string, CueVerbClass>> = {
  say: 'speech',
  tell: 'speech',
  add: 'speech',
  argue: 'speech',
  warn: 'speech',
  insist: 'speech',
  note: 'speech',
  stress: 'speech',
  emphasize: 'speech',
  emphasise: 'speech',
  write: 'speech',
  tweet: 'speech',
  post: 'direct',
  claim: 'speech',
  explain: 'speech',
  announce: 'speech',
  declare: 'speech',
  state: 'speech',
  report: 'speech',
  suggest: 'speech',
  acknowledge: 'speech',
  admit: 'speech',
  concede: 'speech',
  assert: 'speech',
  contend: 'speech',
  maintain: 'speech',
  allege: 'speech',
  confirm: 'speech',
  deny: 'speech',
  reveal: 'speech',
  predict: 'speech',
  promise: 'speech',
  pledge: 'speech',
  vow: 'speech',
  recall: 'speech',
  conclude: 'speech',
  complain: 'speech',
  caution: 'speech',
  testify: 'speech',
  reiterate: 'speech',
  repeat: 'speech',
  observe: 'speech',
  remark: 'speech',
  comment: 'direct',
  reply: 'speech',
  respond: 'direct',
  answer: 'direct',
  ask: 'direct',
  wonder: 'direct',
  continue: 'direct',
  joke: 'speech',
  quip: 'direct',
  boast: 'speech',
  lament: 'speech',
  mutter: 'direct',
  shout: 'direct',
  chant: 'direct',
  exclaim: 'direct',
  recount: 'speech',
  counter: 'speech',
  charge: 'speech',
  agree: 'belief',
  think: 'belief',
  believe: 'belief',
  hope: 'belief',
  fear: 'belief',
  worry: 'belief',
  estimate: 'belief',
  figure: 'belief',
  feel: 'belief',
  know: 'belief',
  learn: 'belief',
  find: 'belief',
  show: 'belief',
}

/** Surface forms taken as cue verbs whatever part of speech the tagger gave them. */
export const ALWAYS_VERB_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds'])

/** Cue phrases whose source follows them: "according to X". Token sequences, lower case. */
export const SOURCE_FIRST_PHRASES: readonly (readonly string[])[] = [['according', 'to']]

/**
 * Words after a cue verb that belong to the cue ("told reporters", "said in a statement"), as token
 * sequences, lower case. The longest match wins.
 */
export const CUE_TAILS: readonly (readonly string[])[] = [
  ['reporters'],
  ['journalists'],
  ['the', 'newspaper'],
  ['in', 'a', 'statement'],
  ['in', 'an', 'interview'],
  ['in', 'a', 'tweet'],
  ['in', 'a', 'post'],
  ['in', 'an', 'email'],
  ['in', 'a', 'speech'],
  ['in', 'a', 'keynote', 'address'],
  ['on', 'twitter'],
  ['on', 'facebook'],
  ['at', 'a', 'news', 'conference'],
  ['at', 'a', 'press', 'conference'],
  ['at', 'a', 'briefing'],
]

/** Words that may follow a cue verb before the reported clause: "said on Friday that …". */
export const CUE_TIME_WORDS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'recently',
  'previously',
  'last',
  'this',
  'next',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'on',
])

/** The complementiser that opens a reported clause; excluded from the content span. */
export const COMPLEMENTISERS: ReadonlySet<string> = new Set(['that'])

/** Words between a subject and its cue verb that do not break the link: "he also said", "she has long argued". */
export const SUBJECT_VERB_GAP_WORDS: ReadonlySet<string> = new Set([
  'also',
  'later',
  'then',
  'again',
  'repeatedly',
  'often',
  'previously',
  'recently',
  'publicly',
  'privately',
  'long',
  'once',
  'frequently',
  'has',
  'have',
  'had',
  'will',
  'would',
  'may',
  'might',
  'could',
  'can',
  'did',
  'does',
  'do',
  'had',
  'already',
  'further',
  'separately',
  'reportedly',
  'flatly',
  'bluntly',
  'simply',
  'quickly',
])

/** Relative pronouns that stand between a named subject and its cue: "Blinken, who … , said". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that'])

/** Quote marks by role. Straight marks are both; their role comes from the context. */
export const DOUBLE_OPENERS: ReadonlySet<string> = new Set(['“', '"', '«', '„', '‟'])
export const DOUBLE_CLOSERS: ReadonlySet<string> = new Set(['”', '"', '»'])
export const SINGLE_OPENERS: ReadonlySet<string> = new Set(['‘', "'", '‹', '‚', '‛'])
export const SINGLE_CLOSERS: ReadonlySet<string> = new Set(['’', "'", '›'])
