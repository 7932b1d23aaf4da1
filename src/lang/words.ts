/**
 * The vocabulary a language provides to the stages, by topic. Keys of sets and maps are lemmas or normalised
 * token forms (`norm`) as the language's tokenizer produces them; names are upper case because each is a
 * constant table. A new language implements these interfaces in `src/lang/<code>/`.
 */

/**
 * How a cue verb can attach to what was said:
 * - `speech`: direct quotes and reported clauses ("said", "warned that …");
 * - `direct`: only a direct quotation next to it ("“…,” he continued", "she asked: “…”");
 * - `belief`: reported clauses only, never a direct quote on its own ("they believe that …");
 * - `intent`: a to-infinitive only ("Clinton wants to sign up five million people");
 * - `stance`: a speech act whose object says what was said ("she criticized the ruling", "he endorsed Cruz").
 */
export type CueVerbClass = 'speech' | 'direct' | 'belief' | 'intent' | 'stance'

export type Gender = 'female' | 'male'

/** Calendar units the dates grammar counts in. */
export type Unit = 'day' | 'week' | 'month' | 'year'

/** Which part of a period: "early March", "mid-2014", "the late 1990s". */
export type Part = 'early' | 'mid' | 'late'

/** Function words and punctuation several stages read (normalised forms). */
export interface GrammarWords {
  /** Negating adverbs: they stand inside a verb group ("has not met", "never spoke"). */
  readonly NEGATOR_ADVERBS: ReadonlySet<string>
  /** Words that negate the verb group or noun phrase they stand in ("has not met", "no contact", "without … */
  readonly NEGATORS: ReadonlySet<string>
  /** Auxiliaries and modals that mark a future event. */
  readonly FUTURE_MARKERS: ReadonlySet<string>
  /** Modals that make an event hypothetical ("would meet", "could", "might"). */
  readonly HYPOTHETICAL_MODALS: ReadonlySet<string>
  /** Modals that, in a reported clause, make its subject the recipient of a demand ("Iraq must cooperate"). */
  readonly OBLIGATION_MODALS: ReadonlySet<string>
  /** Subordinators that open a condition: everything in their sentence is hypothetical. */
  readonly CONDITIONALS: ReadonlySet<string>
  /** Multi-word subordinators that open a condition ("in case", "provided that"), as space-joined norms. */
  readonly CONDITIONAL_PHRASES: readonly string[]
  /** Possessive determiners: "our American partners" names the Americans, not "us". */
  readonly POSSESSIVE_DETERMINERS: ReadonlySet<string>
  /** Words that open a new clause (the subject of a verb is never searched past them). */
  readonly CLAUSE_OPENERS: ReadonlySet<string>
  /** Relative pronouns: the subject of their clause is the noun before them; they open an appositive clause. */
  readonly RELATIVE_PRONOUNS: ReadonlySet<string>
  /** Punctuation that always ends a clause. */
  readonly HARD_BREAKS: ReadonlySet<string>
  /** Words that open a new clause inside a sentence: a condition or subject is not read across them. */
  readonly CLAUSE_SEPARATORS: ReadonlySet<string>
  /** The complementiser that opens a reported clause; excluded from the content span. */
  readonly COMPLEMENTISERS: ReadonlySet<string>
  /** Quote marks by role. */
  readonly DOUBLE_OPENERS: ReadonlySet<string>
  readonly DOUBLE_CLOSERS: ReadonlySet<string>
  readonly SINGLE_OPENERS: ReadonlySet<string>
  readonly SINGLE_CLOSERS: ReadonlySet<string>
  /** Punctuation that ends a sentence. */
  readonly SENTENCE_END: ReadonlySet<string>
  /** Punctuation that ends a sentence or breaks it off. */
  readonly SENTENCE_TERMINALS: ReadonlySet<string>
}

/** The trigger lexicon and the words of event constructions (lemmas or normalised forms). */
/**
 * What a controlling verb does to the verb it governs: "plans to meet" is future, "hopes to meet" hypothetical,
 * "failed to agree" negated, "tried to hack" asserted.
 */
export type StatusControl = 'future' | 'hypothetical' | 'negated' | 'asserted'

export interface EventWords {
  /** The PLOVER event lexicon: which words and phrases trigger which event, as data.  * One entry a line, … */
  readonly EVENT_LEXICON: string
  /** Nouns that deny the event noun they govern ("the lack of contact", "the absence of talks"). */
  readonly ABSENCE_NOUNS: ReadonlySet<string>
  /** Verbs that lend their status to the verb they govern ("plans to visit" is future, "hopes to meet" is … */
  readonly STATUS_CONTROLLERS: Readonly<Record<string, StatusControl>>
  /** Nouns that lend their status to the infinitive they govern ("plans to meet", "no commitment to support"). */
  readonly NOUN_CONTROLLERS: Readonly<Record<string, StatusControl>>
  /** Nouns of asking: what they govern is hypothetical and no one's announcement ("demands to release …"). */
  readonly REQUEST_NOUNS: ReadonlySet<string>
  /** Multi-word openers of a purpose clause ("in order to", "so that"), as space-joined norms. */
  readonly PURPOSE_OPENERS: readonly string[]
  /** Openers of a circumstance phrase ("after", "in the wake of"): an event noun after one is background. */
  readonly CIRCUMSTANCE_OPENERS: readonly string[]
  /** Verbs whose object event does not happen, or not yet ("to deter an attack"). */
  readonly PREVENTION_VERBS: ReadonlySet<string>
  /** Verbs of setting out: "leaves on Wednesday for talks" leads to talks ahead. */
  readonly MOTION_VERBS: ReadonlySet<string>
  /** Words that make what follows "of" or "with" an allegation ("suspected of blowing up"). */
  readonly ALLEGATION_WORDS: ReadonlySet<string>
  /** Modifiers that make an event an allegation ("allegedly ordered", "the alleged attack"). */
  readonly ALLEGATION_MODIFIERS: ReadonlySet<string>
  /** Object heads that make a violent verb figurative ("killed the plan"). */
  readonly ABSTRACT_OBJECTS: ReadonlySet<string>
  /** Verbs of handing over that are aid only when what they hand over is aid-like. */
  readonly TRANSFER_VERBS: ReadonlySet<string>
  /** Heads of what is handed over as material aid. */
  readonly AID_THEMES: ReadonlySet<string>
  /** Nouns of condemnation: a reported "X was a violation of …" is an accusation by the speaker against X. */
  readonly EVALUATIVE_NOUNS: ReadonlySet<string>
  /** Verbs of naming: "what it called a hostile campaign" names, it calls nobody. */
  readonly NAMING_VERBS: ReadonlySet<string>
  /** "chose not to meet": a decision not to act is a refusal (REJECT), not a negated event. */
  readonly REFUSAL_CHOICES: ReadonlySet<string>
  /** Complements of "declined to …" that are about talking to the press, not a refusal of an event. */
  readonly PRESS_VERBS: ReadonlySet<string>
  /** Words between a verb and a noun that still leave the noun in the verb's object ("held a series of … */
  readonly NOUN_PHRASE_POS: ReadonlySet<string>
  /** Prepositions that introduce a place where an event happened. */
  readonly LOCATIVES: ReadonlySet<string>
  /** "by phone", "by telephone", "via video link": the mode of a consultation. */
  readonly PHONE_WORDS: ReadonlySet<string>
  /** Words of violence that, said of one person against another, are words ("Trump attacked Clinton"). */
  readonly VERBAL_ATTACK_LEMMAS: ReadonlySet<string>
  /** Control words whose embedded conflictual action makes a threat rather than an offer ("vowed to … */
  readonly INTENT_CONTROLLERS: ReadonlySet<string>
  /** Third-person singular subject pronouns that, unresolved, can stand for the speaker reported just before. */
  readonly REPORTED_PRONOUNS: ReadonlySet<string>
  /** Words that make a plural nominal a pair ("the two leaders", "both presidents"). */
  readonly PAIR_WORDS: ReadonlySet<string>
  /** The roles a pair nominal's noun fits ("the two leaders" are heads of state or government): … */
  readonly PAIR_NOUN_ROLES: Readonly<Record<string, readonly string[]>>
  /** Nouns for a delegation that, unnamed, speaks for the side of whoever reports on it ("negotiators"). */
  readonly SIDE_NOUNS: ReadonlySet<string>
  readonly QUOTE_MARKS: ReadonlySet<string>
  readonly CONNECTORS: ReadonlySet<string>
  readonly QUANTITY_NOUNS: ReadonlySet<string>
  /** Subordinators that end the search for a subject (the clause they open is a different one). */
  readonly SUBJECT_STOPS: ReadonlySet<string>
  readonly AMBIGUOUS_QUANTITY_WORDS: ReadonlySet<string>
  /** Words that, before a number, belong to a quantity rather than open a phrase ("up to 16", "more than … */
  readonly QUANTITY_WORDS: ReadonlySet<string>
  /** Verb particles: "speeded up the withdrawal", "called off the talks". */
  readonly PARTICLES: ReadonlySet<string>
  /** Prepositions that also open a clause ("after Russia invaded Georgia"). */
  readonly TEMPORAL_CONJUNCTIONS: ReadonlySet<string>
  readonly MEASURE_NOUNS: ReadonlySet<string>
  readonly TOPIC_WORDS: ReadonlySet<string>
  readonly TERRITORY_WORDS: ReadonlySet<string>
  readonly REMOTE_MODIFIERS: ReadonlySet<string>
  readonly COMPLEMENT_SLOTS: readonly string[]
  /** Lemmas of verbs that make their object do what the infinitive after it says ("ordered the paper to close"). */
  readonly CAUSATIVE_LEMMAS: ReadonlySet<string>
  /** Lemmas of verbs of wanting someone to act ("wanted Syria to withdraw"): a request, reported. */
  readonly DESIRE_LEMMAS: ReadonlySet<string>
  readonly WOULD: ReadonlySet<string>
  /** Punctuation a gap may hold: hyphens and the quotation marks of scare quotes ("accept “ultimatums”"). */
  readonly GAP_MARKS: ReadonlySet<string>
  /** Heads that leave the event noun before them the event ("a mediation mission", "peace efforts"). */
  readonly LIGHT_HEADS: ReadonlySet<string>
  /** Prepositions that name who did what an event noun names: "talks between A and B", "an attack by A". */
  readonly AGENT_SLOTS: readonly string[]
  /** The same for a control noun, which also takes "from": "a demand from Washington". */
  readonly CONTROL_AGENT_SLOTS: readonly string[]
  /** Prepositions that name who made what a governed noun names: "calls by Annan", "a proposal from Iraq". */
  readonly MAKER_SLOTS: readonly string[]
}

/** Speech cues: verbs, their classes and particles, and the words around quotations. */
export interface SpeechWords {
  /** Cue verbs (lemmas) and how each attaches to what was said (see `CueVerbClass`). */
  readonly CUE_VERBS: Readonly<Record<string, CueVerbClass>>
  /** Cue verbs that may report a to-infinitive ("vowed to punish", "hopes to win"), besides `intent` verbs. */
  readonly INFINITIVE_CUES: ReadonlySet<string>
  /** Verbs that are cues only with their particle, whose object is what was said or asked for: "called … */
  readonly PHRASAL_CUES: Readonly<Record<string, readonly string[]>>
  /** Surface forms taken as cue verbs whatever part of speech the tagger gave them. */
  readonly ALWAYS_VERB_FORMS: ReadonlySet<string>
  /** Cue phrases whose source follows them: "according to X". */
  readonly SOURCE_FIRST_PHRASES: readonly (readonly string[])[]
  /** Words after a cue verb that belong to the cue ("told reporters", "said in a statement"), as token … */
  readonly CUE_TAILS: readonly (readonly string[])[]
  /** Words that may follow a cue verb before the reported clause: "said on Friday that …". */
  readonly CUE_TIME_WORDS: ReadonlySet<string>
  /** Words between a subject and its cue verb that do not break the link: "he also said", "she has long … */
  readonly SUBJECT_VERB_GAP_WORDS: ReadonlySet<string>
  /** Cue verbs that take the addressee before the reported clause: "told the council (that) …". */
  readonly ADDRESSEE_VERBS: ReadonlySet<string>
  /** Verbs that attribute a quoted fragment to their subject without being speech cues on their own: … */
  readonly FRAGMENT_VERBS: ReadonlySet<string>
  /** Dashes that attribute the quotation they follow to the name after them: “…” ― Jo Ames. */
  readonly ATTRIBUTION_DASHES: ReadonlySet<string>
  /** Words that open an embedded question after "asked": "asked whether the talks would resume". */
  readonly QUESTION_OPENERS: ReadonlySet<string>
  /** Words after a comma that turn reported content to another clause: "said the mails were personal, but …". */
  readonly CONTRAST_LINKS: ReadonlySet<string>
  /** Subordinators right before a cue's subject that front its clause: "While Ramos said that …, he … */
  readonly FRONTED_SUBORDINATORS: ReadonlySet<string>
  /** First words of a paragraph-opening label before a colon that names no source: "Related: …", "Watch: …". */
  readonly HEADLINE_LABELS: ReadonlySet<string>
  /** Labels before a colon that open a link to other material, not the article's account: "WATCH: …", "Related: …". */
  readonly LINK_LABELS: ReadonlySet<string>
  /** Nouns naming a survey or report that sources what follows: "In a CNN poll released Monday, …". */
  readonly SURVEY_NOUNS: ReadonlySet<string>
  /** Speech verbs whose noun-phrase object is what was said: "announced his resignation", "tweeted her … */
  readonly OBJECT_SPEECH_VERBS: ReadonlySet<string>
  /** Tokens that may stand right before a quotation that is not part of a clause. */
  readonly LEAD_INS: ReadonlySet<string>
  /** Characters (typography folded: a dash reads "-") an opening mark may follow. */
  readonly QUOTE_OPENING_CONTEXT: ReadonlySet<string>
  /** Characters (typography folded) a closing mark may precede. */
  readonly QUOTE_CLOSING_CONTEXT: ReadonlySet<string>
  /** Punctuation inside a noun phrase, passed over on the way to "that": "the AFL-CIO council", "Sanders’ … */
  readonly WORD_INTERNAL_MARKS: ReadonlySet<string>
  /** Words that end a clause before another speaker's: "…, while Cruz said …". */
  readonly CLAUSE_BOUNDARIES: ReadonlySet<string>
  /** Conjunctions that link a verb to an earlier one sharing its subject: "… and said", "… but added". */
  readonly COORDINATORS: ReadonlySet<string>
  /** Words before a gerund that keep the main clause's subject: "… while chanting", "… before asking her". */
  readonly GERUND_LINKS: ReadonlySet<string>
  /** Prepositions of a short time phrase between subject and verb. */
  readonly TIME_PREPOSITIONS: ReadonlySet<string>
  /** Adverbs that open a clause of their own: the noun before them is not the verb's subject. */
  readonly WH_ADVERBS: ReadonlySet<string>
  /** The possessive marks the tokenizer splits off: "Clinton’s campaign". */
  readonly POSSESSIVE_MARKS: ReadonlySet<string>
  /** Prepositions that attach a phrase to the noun before them: "the mayor of Tarn", "unions in the valley". */
  readonly PHRASE_PREPOSITIONS: ReadonlySet<string>
  /** Nouns of saying and the words that open what was said after them: "Trump's claim that …", "his call … */
  readonly NOUN_CUES: Readonly<Record<string, readonly string[]>>
  /** Verbs that report another's words through a participle: "quoted Jo Ames as saying", "cited aides as … */
  readonly QUOTING_VERBS: ReadonlySet<string>
  /** The word between a quoting verb's object and the participle of saying: "quoted her as saying". */
  readonly AS_LINKS: ReadonlySet<string>
  /** Prepositions that name who issued a document: "a statement from the ministry", "a report by the agency". */
  readonly OWNER_PREPOSITIONS: ReadonlySet<string>
  /** Words that open an aside after a subject's comma: "Six papers, including the Press, said". */
  readonly ASIDE_OPENERS: ReadonlySet<string>
  /** Dashes (normalised) that open an aside between a subject and its verb. */
  readonly ASIDE_DASHES: ReadonlySet<string>
}

/** Words of names and nominals: person nouns, honorifics, pronouns, given names. */
export interface NameWords {
  /** Words that head a noun phrase naming a person or a group of people ("the official", "some veteran … */
  readonly PERSON_NOUNS: Readonly<Record<string, { plural: string; sector: string | null }>>
  /** Nouns that denote bodies rather than people: "the government", "Russian forces". */
  readonly BODY_NOUNS: ReadonlySet<string>
  /** Nouns that name documents and polls, which "say" things without being actors of events. */
  readonly SOURCE_NOUNS: ReadonlySet<string>
  /** Documents and outlets that speak as the body behind them when a cue follows ("the filing says", "the tabloid wrote"). */
  readonly SPEAKING_DOCUMENTS: ReadonlySet<string>
  /** Determiners and quantifiers that can open a nominal mention; `indefinite` ones make it anonymous. */
  readonly NOMINAL_DETERMINERS: Readonly<Record<string, 'definite' | 'indefinite' | 'possessive'>>
  /** Modifiers that mark a former office-holder ("a former senior State Department official"). */
  readonly FORMER_MARKERS: ReadonlySet<string>
  /** Pronouns kept as mentions, with the kind of antecedent they take. */
  readonly PRONOUNS: Readonly<Record<string, 'person' | 'plural' | 'speaker' | 'thing'>>
  /** First-person plural pronouns: the speaker's side, not one person ("we", "us", "our"). */
  readonly PLURAL_SPEAKER_PRONOUNS: ReadonlySet<string>
  /** First-person pronouns: inside a quotation they stand for its speaker. */
  readonly FIRST_PERSON_PRONOUNS: ReadonlySet<string>
  /** Last words of a capitalised name that make it an organisation ("Justice Department", "Labour Party"). */
  readonly ORGANIZATION_HEADS: ReadonlySet<string>
  /** Honorifics that make the following name a person. */
  readonly HONORIFICS: ReadonlySet<string>
  /** Lower-case words that may join capitalised words inside one name ("Bank of England", "bin Salman"). */
  readonly NAME_CONNECTORS: ReadonlySet<string>
  /** Prepositions before a capital's name that make it a place, not a government ("in Moscow", "from Kyiv"). */
  readonly LOCATIVE_PREPOSITIONS: ReadonlySet<string>
  /** Verbs of movement after which "to X" names a destination ("flew to Moscow"), not an addressee. */
  readonly MOTION_LEMMAS: ReadonlySet<string>
  /** Last words of a capitalised phrase that make it a named thing, not a person ("Cold War", "Red Square"). */
  readonly NON_PERSON_HEADS: ReadonlySet<string>
  /** Verbs whose object is a territory, not a government: "take Kyiv", "seized Mariupol". */
  readonly TERRITORY_LEMMAS: ReadonlySet<string>
  /** Capitalised words that are never places, whatever a gazetteer says ("In March", "on Friday"). */
  readonly CALENDAR_WORDS: ReadonlySet<string>
  /** Cities smaller than this are trusted only after a locative preposition or in a dateline. */
  readonly MIN_BARE_CITY_POPULATION: number
  /** Lemmas that, right after a capitalised word, show it names someone who speaks ("Shapiro said"). */
  readonly SPEAKER_LEMMAS: ReadonlySet<string>
  /** Object pronouns: never the subject of their clause, so not the subject named in it ("Kerry told him"). */
  readonly OBJECT_PRONOUNS: ReadonlySet<string>
  /** Adjectives of the dummy "it": "it is true that", "it was clear", "it is time to". */
  readonly EXPLETIVE_WORDS: ReadonlySet<string>
  /** Which office titles a role nominal can refer back to: "the top US diplomat" → a foreign minister or … */
  readonly NOMINAL_ROLE_WORDS: Readonly<Record<string, readonly string[]>>
  /** Singular and plural forms of the person nouns. */
  readonly PERSON_NOUN_FORMS: ReadonlySet<string>
  /** Country demonyms that, after a compass word, name a continent ("North American", "South American"). */
  readonly CONTINENTAL_DEMONYMS: ReadonlySet<string>
  /** Lemmas of the verbs of a closing attribution (", officials said", ", the agency reported"). */
  readonly REPORTING_LEMMAS: ReadonlySet<string>
  /** Compass words that, capitalised before a place ("Western Cambodia"), are not a first name. */
  readonly COMPASS_WORDS: ReadonlySet<string>
  /** Participles after a country and a hyphen that make the group the country's ("US-led forces"). */
  readonly LEADING_PARTICIPLES: ReadonlySet<string>
  /** Last words of officials' titles beside the person nouns of officials ("the UN relief coordinator"). */
  readonly OFFICIAL_TITLE_HEADS: ReadonlySet<string>
  /** Currency words after a country's name ("US $50 million", "U.S. dollars"), which make it no mention. */
  readonly CURRENCY_WORDS: ReadonlySet<string>
  /** Words that make a demonym an ethnicity rather than a citizenship ("ethnic Albanians"). */
  readonly ETHNICITY_MARKERS: ReadonlySet<string>
  /** Nouns naming people by number or as bystanders ("23 people", "five others"), singular and plural. */
  readonly PEOPLE_AT_LARGE_NOUNS: ReadonlySet<string>
  /** Lower-case last words of place names ("the Crimean peninsula", "the Luhansk region"). */
  readonly GEOGRAPHIC_HEADS: ReadonlySet<string>
  /** Prepositions that locate a nominal in a country or organisation: "the minister of Iran", "officials … */
  readonly LOCATING_PREPOSITIONS: ReadonlySet<string>
  /** Copulas (lemmas): a nominal after one is a predicate, not a mention ("he is the minister"). */
  readonly COPULAS: ReadonlySet<string>
  readonly GIVEN_NAME_GENDER: ReadonlyMap<string, Gender>
  /** Honorifics and nouns that state a person's gender. */
  readonly GENDERED_WORDS: ReadonlyMap<string, Gender>
  /** The gender a pronoun asks of its antecedent. */
  readonly PRONOUN_GENDER: ReadonlyMap<string, Gender>
}

/** Time vocabulary the dates grammar reads. */
export interface TimeWords {
  /** Month names and abbreviations → month number (1–12). */
  readonly MONTHS: ReadonlyMap<string, number>
  /** Weekday names → JavaScript day number (0 = Sunday). */
  readonly WEEKDAYS: ReadonlyMap<string, number>
  /** Words before a weekday that make it a name, not a date ("Super Tuesday", "Black Friday"). */
  readonly WEEKDAY_NAME_BEFORE: ReadonlySet<string>
  /** Capitalised words after a weekday that make it a title ("Sunday Times", "Saturday Night Live"). */
  readonly WEEKDAY_NAME_AFTER: ReadonlySet<string>
  /** Parts of a day that may follow a day expression and belong to it ("Saturday night"). */
  readonly DAY_PARTS: ReadonlySet<string>
  /** Unit words, singular and plural. */
  readonly UNIT_WORDS: ReadonlyMap<string, Unit>
  /** Number words usable before a unit ("two weeks ago", "a month ago"). */
  readonly NUMBER_WORDS: ReadonlyMap<string, number>
  /** How far "a few"/"several"/"recent" units reach back from the publication date. */
  readonly VAGUE_AMOUNT: Readonly<Record<Unit, number>>
  /** Days "recently" reaches back. */
  readonly RECENTLY_DAYS: number
  /** Single words that denote a day relative to the publication date. */
  readonly DAY_WORDS: ReadonlyMap<string, number>
  /** Modifiers of a calendar unit: "last week" (−1), "this month" (0), "next year" (+1). */
  readonly CALENDAR_SHIFT: ReadonlyMap<string, number>
  /** Words introducing a trailing window ending at the publication date: "the past week", "the last two … */
  readonly TRAILING_WORDS: ReadonlySet<string>
  /** Vague amounts: "the past few days", "in recent weeks". */
  readonly VAGUE_WORDS: ReadonlySet<string>
  /** "early March", "mid-2014", "the late 1990s": which part of the period. */
  readonly PERIOD_PARTS: ReadonlyMap<string, Part>
  /** Parts written as a prefix of the period, with a hyphen: "mid-2014", "early-March", "late-1990s". */
  readonly PART_PREFIXES: ReadonlySet<string>
  /** "the end of March", "the beginning of the year": which part of the period after "of". */
  readonly PERIOD_EDGES: ReadonlyMap<string, Part>
  /** Seasons (northern hemisphere) → first and last month; winter runs from December into the next year. */
  readonly SEASONS: ReadonlyMap<string, { readonly first: number; readonly last: number }>
  /** Words after "fall" that make it the noun or verb ("this fall in prices", "the fall of Kabul"). */
  readonly FALL_NOUN_AFTER: ReadonlySet<string>
  /** Words right before a season that make it a time ("in summer", "during the summer" is handled with … */
  readonly SEASON_LEFT_CONTEXT: ReadonlySet<string>
  /** Words linking two expressions into one range: "from March to May", "between 1983 and 1986", "2014–2016". */
  readonly SPAN_LINKS: ReadonlyMap<string, string>
  /** "earlier this year" (start of period to the publication date), "later this month" (to its end). */
  readonly PERIOD_SIDES: ReadonlyMap<string, 'before' | 'after'>
  /** Words that open a range bounded by the expression after them. */
  readonly RANGE_OPENERS: ReadonlyMap<string, 'since' | 'until'>
  /** Words before a month name that make it a date even when "May" could be the verb ("in May", "last May"). */
  readonly DATE_LEFT_CONTEXT: ReadonlySet<string>
  /** Words linking two month names ("April and May"): the second is a date when the first is a month. */
  readonly MONTH_LINKS: ReadonlySet<string>
  /** Words after a month name that make it a name or the noun "march" ("March for Our Lives", "March … */
  readonly MONTH_NAME_AFTER: ReadonlySet<string>
  /** Days that name a historic event when followed by one of the nouns ("the Sept. 11 attacks"). */
  readonly HISTORIC_DAYS: readonly { month: number; day: number; year: number; nouns: ReadonlySet<string> }[]
  /** Words before a four-digit number that make it a year even before a plural noun ("the 2016 elections"). */
  readonly YEAR_LEFT_CONTEXT: ReadonlySet<string>
  /** Tokens around a four-digit number that make it a quantity, not a year ("$2000", "2000 percent"). */
  readonly QUANTITY_BEFORE: ReadonlySet<string>
  readonly QUANTITY_AFTER: ReadonlySet<string>
  /** Cues that the clause speaks of the future wherever they stand in it ("will meet on Saturday"). */
  readonly FUTURE_CUES: ReadonlySet<string>
  /** Cues that speak of the future only when followed by "to"/"for" ("plans to visit", "scheduled for") … */
  readonly FUTURE_CUES_BEFORE_TO: ReadonlySet<string>
  /** Words after a conditional cue that make it point to the future ("plans to", "scheduled for", "ahead … */
  readonly FUTURE_LINKS: ReadonlySet<string>
  /** Punctuation that ends the clause a tense cue may come from. */
  readonly CLAUSE_PUNCTUATION: ReadonlySet<string>
  /** Punctuation and words that end the clause a tense cue may come from ("… he said Saturday"). */
  readonly CLAUSE_BREAKS: ReadonlySet<string>
  /** Words that can begin a time expression; anything else is skipped with one Set lookup. */
  readonly START_WORDS: ReadonlySet<string>
  /** Characters (typography folded) that end a clause between an event trigger and a time expression. */
  readonly CLAUSE_MARK_CHARACTERS: ReadonlySet<string>
  /** Conjunctions that open a new clause after a comma (", but …", ", while …"). */
  readonly CLAUSE_OPENING_LINKS: readonly string[]
}
