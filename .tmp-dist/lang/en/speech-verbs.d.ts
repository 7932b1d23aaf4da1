/**
 * Speech cues: the verbs and phrases that introduce a quotation or reported speech, as data.
 * Keys are wink-nlp lemmas (lower case). The stage in src/stages/quotes reads only these tables.
 */
/**
 * How a cue verb can attach to what was said:
 * - `speech`: direct quotes and reported clauses ("said", "warned that …");
 * - `direct`: only a direct quotation next to it ("“…,” he continued", "she asked: “…”");
 * - `belief`: reported clauses only, never a direct quote on its own ("they believe that …");
 * - `intent`: a to-infinitive only ("Clinton wants to sign up five million people");
 * - `stance`: a speech act whose object says what was said ("she criticized the ruling", "he endorsed Cruz").
 */
export type CueVerbClass = 'speech' | 'direct' | 'belief' | 'intent' | 'stance';
export declare const CUE_VERBS: Readonly<Record<string, CueVerbClass>>;
/** Cue verbs that may report a to-infinitive ("vowed to punish", "hopes to win"), besides `intent` verbs. */
export declare const INFINITIVE_CUES: ReadonlySet<string>;
/**
 * Verbs that are cues only with their particle, whose object is what was said or asked for:
 * "called for a moratorium", "talked about the debate", "warned of consequences".
 */
export declare const PHRASAL_CUES: Readonly<Record<string, readonly string[]>>;
/** Surface forms taken as cue verbs whatever part of speech the tagger gave them. */
export declare const ALWAYS_VERB_FORMS: ReadonlySet<string>;
/** Cue phrases whose source follows them: "according to X". Token sequences, lower case. */
export declare const SOURCE_FIRST_PHRASES: readonly (readonly string[])[];
/**
 * Words after a cue verb that belong to the cue ("told reporters", "said in a statement"), as token
 * sequences, lower case. The longest match wins.
 */
export declare const CUE_TAILS: readonly (readonly string[])[];
/** Words that may follow a cue verb before the reported clause: "said on Friday that …". */
export declare const CUE_TIME_WORDS: ReadonlySet<string>;
/** The complementiser that opens a reported clause; excluded from the content span. */
export declare const COMPLEMENTISERS: ReadonlySet<string>;
/** Words between a subject and its cue verb that do not break the link: "he also said", "she has long argued". */
export declare const SUBJECT_VERB_GAP_WORDS: ReadonlySet<string>;
/** Relative pronouns that stand between a named subject and its cue: "Blinken, who … , said". */
export declare const RELATIVE_PRONOUNS: ReadonlySet<string>;
/** Quote marks by role. Straight marks are both; their role comes from the context. */
export declare const DOUBLE_OPENERS: ReadonlySet<string>;
export declare const DOUBLE_CLOSERS: ReadonlySet<string>;
export declare const SINGLE_OPENERS: ReadonlySet<string>;
export declare const SINGLE_CLOSERS: ReadonlySet<string>;
/** Cue verbs that take the addressee before the reported clause: "told the council (that) …". */
export declare const ADDRESSEE_VERBS: ReadonlySet<string>;
/**
 * Verbs that attribute a quoted fragment to their subject without being speech cues on their own:
 * "Obama called the holiday “a celebration …”", "she blasted the media as “dishonest”".
 */
export declare const FRAGMENT_VERBS: ReadonlySet<string>;
/** Dashes that attribute the quotation they follow to the name after them: “…” ― Jo Ames. */
export declare const ATTRIBUTION_DASHES: ReadonlySet<string>;
/** Words that open an embedded question after "asked": "asked whether the talks would resume". */
export declare const QUESTION_OPENERS: ReadonlySet<string>;
