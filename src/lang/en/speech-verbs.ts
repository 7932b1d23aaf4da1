/**
 * Speech cues: the verbs and phrases that introduce a quotation or reported speech, as data.
 * Keys are wink-nlp lemmas (lower case) or normalised token forms. Stages read them through `Lang.speech`.
 */
import type { CueVerbClass } from '../words.js'

/** Cue verbs (lemmas) and how each attaches to what was said (see `CueVerbClass`). */
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
  read: 'direct',
  sing: 'direct',
  yell: 'direct',
  scream: 'direct',
  whisper: 'direct',
  retort: 'direct',
  snap: 'direct',
  interject: 'direct',
  scoff: 'direct',
  text: 'direct',
  email: 'direct',
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
  signal: 'speech',
  indicate: 'speech',
  hint: 'speech',
  reaffirm: 'speech',
  clarify: 'speech',
  inform: 'speech',
  remind: 'speech',
  proclaim: 'speech',
  imply: 'speech',
  brag: 'speech',
  guarantee: 'speech',
  implore: 'speech',
  beg: 'speech',
  plead: 'speech',
  fume: 'speech',
  assure: 'speech',
  chide: 'speech',
  scold: 'speech',
  posit: 'speech',
  maintain: 'speech',
  opine: 'speech',
  concur: 'speech',
  grumble: 'speech',
  tease: 'speech',
  rebut: 'speech',
  protest: 'speech',
  speculate: 'speech',
  surmise: 'speech',
  forecast: 'speech',
  advise: 'speech',
  reason: 'speech',
  elaborate: 'speech',
  disclose: 'speech',
  divulge: 'speech',
  confide: 'speech',
  underscore: 'speech',
  attest: 'speech',
  theorize: 'speech',
  muse: 'direct',
  gush: 'direct',
  vent: 'direct',
  marvel: 'direct',
  thunder: 'direct',
  press: 'direct',
  agree: 'belief',
  feel: 'belief',
  expect: 'belief',
  know: 'belief',
  realize: 'belief',
  recognize: 'belief',
  doubt: 'belief',
  think: 'belief',
  believe: 'belief',
  hope: 'belief',
  fear: 'belief',
  worry: 'belief',
  estimate: 'belief',
  figure: 'belief',
  learn: 'belief',
  find: 'belief',
  show: 'belief',
  criticize: 'stance',
  criticise: 'stance',
  accuse: 'stance',
  urge: 'stance',
  praise: 'stance',
  defend: 'stance',
  endorse: 'stance',
  propose: 'stance',
  reject: 'stance',
  condemn: 'stance',
  denounce: 'stance',
  blame: 'stance',
  cite: 'stance',
  question: 'stance',
  dismiss: 'stance',
  mention: 'stance',
  describe: 'stance',
  support: 'stance',
  oppose: 'stance',
  applaud: 'stance',
  welcome: 'stance',
  slam: 'stance',
  blast: 'stance',
  attack: 'stance',
  recommend: 'stance',
  demand: 'stance',
  request: 'stance',
  back: 'stance',
  decry: 'stance',
  tout: 'stance',
  mock: 'stance',
  favor: 'stance',
  favour: 'stance',
  express: 'stance',
  echo: 'stance',
  unveil: 'stance',
  outline: 'stance',
  discuss: 'stance',
  invoke: 'stance',
  highlight: 'stance',
  rebuke: 'stance',
  ridicule: 'stance',
  deride: 'stance',
  repudiate: 'stance',
  dispute: 'stance',
  refute: 'stance',
  hail: 'stance',
  laud: 'stance',
  commend: 'stance',
  prefer: 'intent',
  want: 'intent',
  plan: 'intent',
  intend: 'intent',
  seek: 'intent',
  refuse: 'intent',
  decline: 'intent',
  threaten: 'intent',
  aim: 'intent',
}

/** Cue verbs that may report a to-infinitive ("vowed to punish", "hopes to win"), besides `intent` verbs. */
export const INFINITIVE_CUES: ReadonlySet<string> = new Set([
  'promise',
  'vow',
  'pledge',
  'hope',
  'agree',
  'offer',
])

/**
 * Verbs that are cues only with their particle, whose object is what was said or asked for:
 * "called for a moratorium", "talked about the debate", "warned of consequences".
 */
export const PHRASAL_CUES: Readonly<Record<string, readonly string[]>> = {
  call: ['for', 'on'],
  talk: ['about'],
  speak: ['about', 'of', 'out'],
  complain: ['about'],
  warn: ['of', 'against', 'about'],
  rail: ['against'],
  argue: ['for', 'against'],
  push: ['for'],
  press: ['for'],
  advocate: ['for'],
  appeal: ['for'],
  plead: ['for'],
  brag: ['about'],
  boast: ['about'],
  joke: ['about'],
  comment: ['on'],
  insist: ['on'],
  point: ['to', 'out'],
  refer: ['to'],
  respond: ['to'],
  reply: ['to'],
  react: ['to'],
  object: ['to'],
  allude: ['to'],
  ask: ['for', 'about'],
  apologize: ['for'],
  agree: ['with', 'on'],
  disagree: ['with'],
  worry: ['about'],
  lash: ['out'],
  weigh: ['in'],
  spell: ['out'],
  rule: ['out'],
  shoot: ['back'],
  fire: ['back'],
  hit: ['back'],
  chime: ['in'],
}

/** Surface forms taken as cue verbs whatever part of speech the tagger gave them. */
export const ALWAYS_VERB_FORMS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
])

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

/** Cue verbs that take the addressee before the reported clause: "told the council (that) …". */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'assure',
  'inform',
  'remind',
  'warn',
  'promise',
  'ask',
  'caution',
  'advise',
  'notify',
])

/**
 * Verbs that attribute a quoted fragment to their subject without being speech cues on their own:
 * "Obama called the holiday “a celebration …”", "she blasted the media as “dishonest”".
 */
export const FRAGMENT_VERBS: ReadonlySet<string> = new Set([
  'call',
  'label',
  'dub',
  'term',
  'brand',
  'hail',
  'deride',
  'characterize',
  'refer',
  'quote',
  'invoke',
  'echo',
  'proclaim',
  'express',
  'voice',
  'offer',
  'thank',
  'lambast',
  'ridicule',
])

/** Dashes that attribute the quotation they follow to the name after them: “…” ― Jo Ames. */
export const ATTRIBUTION_DASHES: ReadonlySet<string> = new Set(['--'])

/** Words that open an embedded question after "asked": "asked whether the talks would resume". */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'whether',
  'if',
  'why',
  'how',
  'what',
  'when',
  'who',
  'where',
])

/** Words after a comma that turn reported content to another clause: "said the mails were personal, but …". */
export const CONTRAST_LINKS: ReadonlySet<string> = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'yet',
])

/**
 * Subordinators right before a cue's subject that front its clause: "While Ramos said that …, he appears …";
 * the reported content ends at the comma that closes the fronted clause.
 */
export const FRONTED_SUBORDINATORS: ReadonlySet<string> = new Set([
  'while',
  'although',
  'though',
  'as',
  'because',
  'if',
  'when',
  'since',
  'after',
  'before',
  'whereas',
  'unless',
])

/** First words of a paragraph-opening label before a colon that names no source: "Related: …", "Watch: …". */
export const HEADLINE_LABELS: ReadonlySet<string> = new Set([
  'related',
  'watch',
  'update',
  'updated',
  'note',
  'editor',
  'editors',
  'photo',
  'photos',
  'video',
  'read',
  'more',
  'see',
  'also',
  'correction',
  'clarification',
  'listen',
  'transcript',
  'source',
  'sources',
  'click',
  'follow',
  'the',
  'a',
  'an',
])

/**
 * Labels before a colon that open a link, a caption or a clip (lower case): what follows is not the article's
 * own account. Not "Update:" or "Correction:", which introduce the article's own news.
 */
export const LINK_LABELS: ReadonlySet<string> = new Set([
  'related',
  'watch',
  'video',
  'photo',
  'photos',
  'gallery',
  'listen',
  'read',
  'see',
  'also',
  'more',
])

/** Nouns naming a survey or report that sources what follows: "In a CNN poll released Monday, …". Lemmas. */
export const SURVEY_NOUNS: ReadonlySet<string> = new Set(['poll', 'survey', 'study', 'report', 'analysis'])

/** Speech verbs whose noun-phrase object is what was said: "announced his resignation", "tweeted her thanks". */
export const OBJECT_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'announce',
  'reveal',
  'confirm',
  'deny',
  'acknowledge',
  'predict',
  'promise',
  'pledge',
  'report',
  'tweet',
  'recount',
  'reiterate',
  'repeat',
  'concede',
  'admit',
  'recall',
])

/** Tokens that may stand right before a quotation that is not part of a clause. */
export const LEAD_INS: ReadonlySet<string> = new Set([',', ':', '--', '-', '(', ';'])

/** Characters (typography folded: a dash reads "-") an opening mark may follow. */
export const QUOTE_OPENING_CONTEXT: ReadonlySet<string> = new Set(['(', '[', '-', ':', '/'])

/** Characters (typography folded) a closing mark may precede. */
export const QUOTE_CLOSING_CONTEXT: ReadonlySet<string> = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '-',
  '…',
])

/** Punctuation inside a noun phrase, passed over on the way to "that": "the AFL-CIO council", "Sanders’ office". */
export const WORD_INTERNAL_MARKS: ReadonlySet<string> = new Set(['-', "'", "'s"])

/** Words that end a clause before another speaker's: "…, while Cruz said …". */
export const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([
  ',',
  ';',
  'while',
  'and',
  'but',
  'whereas',
  'as',
  '--',
])

/** Conjunctions that link a verb to an earlier one sharing its subject: "… and said", "… but added". */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but'])

/** Words before a gerund that keep the main clause's subject: "… while chanting", "… before asking her". */
export const GERUND_LINKS: ReadonlySet<string> = new Set([
  'while',
  'before',
  'after',
  'by',
  'when',
  'upon',
  'in',
  'despite',
  'without',
])

/** Prepositions of a short time phrase between subject and verb. */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'last', 'this'])

/** Adverbs that open a clause of their own: the noun before them is not the verb's subject. */
export const WH_ADVERBS: ReadonlySet<string> = new Set(['where', 'when', 'why', 'how', 'whereby'])

/** The possessive marks the tokenizer splits off: "Clinton’s campaign". */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'"])

/** Prepositions that attach a phrase to the noun before them: "the mayor of Tarn", "unions in the valley". */
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'from', 'at', 'for'])

/**
 * Nouns of saying and the words that open what was said after them, when a possessor names the speaker: "Trump's
 * claim that …", "his call for a recount", "her pledge to cut fares". Keys are lemmas.
 */
export const NOUN_CUES: Readonly<Record<string, readonly string[]>> = {
  claim: ['that'],
  assertion: ['that'],
  insistence: ['that'],
  contention: ['that'],
  argument: ['that'],
  suggestion: ['that'],
  warning: ['that'],
  accusation: ['that'],
  allegation: ['that'],
  charge: ['that'],
  admission: ['that'],
  denial: ['that'],
  prediction: ['that'],
  assurance: ['that'],
  announcement: ['that'],
  remark: ['that'],
  comment: ['that'],
  statement: ['that'],
  promise: ['that', 'to'],
  pledge: ['that', 'to'],
  vow: ['that', 'to'],
  threat: ['to'],
  call: ['for'],
  demand: ['for', 'that'],
  plea: ['for'],
  appeal: ['for'],
}

/** Verbs that report another's words through a participle: "quoted Jo Ames as saying", "cited aides as telling". */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(['quote', 'cite', 'paraphrase'])

/** The word between a quoting verb's object and the participle of saying: "quoted her as saying". */
export const AS_LINKS: ReadonlySet<string> = new Set(['as'])

/** Prepositions that name who issued a document: "a statement from the ministry", "a report by the agency". */
export const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'by', 'of'])

/** Words that open an aside after a subject's comma: "Six papers, including the Press, said". */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set([
  'including',
  'like',
  'along',
  'together',
  'both',
  'among',
  'whose',
  'however',
])

/** Dashes (normalised) that open an aside between a subject and its verb. */
export const ASIDE_DASHES: ReadonlySet<string> = new Set(['--'])
