/**
 * English function words and punctuation more than one stage reads: negation, modality, conditions, clause
 * openers, relative pronouns, quotation marks. Data only; keys are normalised token forms (`norm`).
 */

/** Negating adverbs: they stand inside a verb group ("has not met", "never spoke"). */
export const NEGATOR_ADVERBS: ReadonlySet<string> = new Set(['not', 'never'])

/** Words that negate the verb group or noun phrase they stand in ("has not met", "no contact", "without talks"). */
export const NEGATORS: ReadonlySet<string> = new Set([...NEGATOR_ADVERBS, 'no', 'neither', 'nor', 'without'])

/** Auxiliaries and modals that mark a future event. */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set(['will', 'shall'])

/** Modals that make an event hypothetical ("would meet", "could", "might"). */
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set([
  'would',
  "'d",
  'could',
  'might',
  'may',
  'should',
  'can',
])

/** Modals that, in a reported clause, make its subject the recipient of a demand ("Iraq must cooperate"). */
export const OBLIGATION_MODALS: ReadonlySet<string> = new Set(['must'])

/** Subordinators that open a condition: everything in their sentence is hypothetical. */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether'])

/** Multi-word subordinators that open a condition ("in case", "provided that"), as space-joined norms. */
export const CONDITIONAL_PHRASES: readonly string[] = [
  'in case',
  'in the event that',
  'provided that',
  'providing that',
  'on condition that',
  'as long as',
  'so long as',
]

/** Possessive determiners: "our American partners" names the Americans, not "us". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'my',
  'our',
  'your',
  'his',
  'her',
  'its',
  'their',
])

/** Words that open a new clause (the subject of a verb is never searched past them). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'if',
  'unless',
  'whether',
  'when',
  'where',
  'after',
  'before',
  'once',
  'until',
  'as',
])

/** Relative pronouns: the subject of their clause is the noun before them; they open an appositive clause. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom'])

/** Punctuation that always ends a clause. */
export const HARD_BREAKS: ReadonlySet<string> = new Set([';', ':', '--', '"'])

/** Words that open a new clause inside a sentence: a condition or subject is not read across them. */
export const CLAUSE_SEPARATORS: ReadonlySet<string> = new Set([
  'while',
  'but',
  'whereas',
  'although',
  'though',
])

/** The complementiser that opens a reported clause; excluded from the content span. */
export const COMPLEMENTISERS: ReadonlySet<string> = new Set(['that'])

/** Quote marks by role. Straight marks are both; their role comes from the context. */
export const DOUBLE_OPENERS: ReadonlySet<string> = new Set(['“', '"', '«', '„', '‟'])

export const DOUBLE_CLOSERS: ReadonlySet<string> = new Set(['”', '"', '»'])

export const SINGLE_OPENERS: ReadonlySet<string> = new Set(['‘', "'", '‹', '‚', '‛'])

export const SINGLE_CLOSERS: ReadonlySet<string> = new Set(['’', "'", '›'])

/** Punctuation that ends a sentence. */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?'])

/** Punctuation that ends a sentence or breaks it off. */
export const SENTENCE_TERMINALS: ReadonlySet<string> = new Set([...SENTENCE_END, '…'])
