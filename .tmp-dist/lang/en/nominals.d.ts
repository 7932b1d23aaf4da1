/**
 * Words that head a noun phrase naming a person or a group of people ("the official", "some veteran diplomats").
 * Singular → plural pairs; the sector is the PLOVER/CAMEO sector the noun implies on its own, if any.
 */
export declare const PERSON_NOUNS: Readonly<Record<string, {
    plural: string;
    sector: string | null;
}>>;
/** Nouns that denote bodies rather than people: "the government", "Russian forces". */
export declare const BODY_NOUNS: ReadonlySet<string>;
/** Nouns that name documents and polls, which "say" things without being actors of events. */
export declare const SOURCE_NOUNS: ReadonlySet<string>;
/** Determiners and quantifiers that can open a nominal mention; `indefinite` ones make it anonymous. */
export declare const NOMINAL_DETERMINERS: Readonly<Record<string, 'definite' | 'indefinite' | 'possessive'>>;
/** Modifiers that mark a former office-holder ("a former senior State Department official"). */
export declare const FORMER_MARKERS: ReadonlySet<string>;
/** Pronouns kept as mentions, with the kind of antecedent they take. */
export declare const PRONOUNS: Readonly<Record<string, 'person' | 'plural' | 'speaker'>>;
/** Last words of a capitalised name that make it an organisation ("Justice Department", "Labour Party"). */
export declare const ORGANIZATION_HEADS: ReadonlySet<string>;
/** Honorifics that make the following name a person. */
export declare const HONORIFICS: ReadonlySet<string>;
/** Lower-case words that may join capitalised words inside one name ("Bank of England", "bin Salman"). */
export declare const NAME_CONNECTORS: ReadonlySet<string>;
/** Prepositions before a capital's name that make it a place, not a government ("in Moscow", "from Kyiv"). */
export declare const LOCATIVE_PREPOSITIONS: ReadonlySet<string>;
/** Verbs of movement after which "to X" names a destination ("flew to Moscow"), not an addressee. */
export declare const MOTION_LEMMAS: ReadonlySet<string>;
/** Last words of a capitalised phrase that make it a named thing, not a person ("Cold War", "Red Square"). */
export declare const NON_PERSON_HEADS: ReadonlySet<string>;
/** Verbs whose object is a territory, not a government: "take Kyiv", "seized Mariupol". */
export declare const TERRITORY_LEMMAS: ReadonlySet<string>;
/** Capitalised words that are never places, whatever a gazetteer says ("In March", "on Friday"). */
export declare const CALENDAR_WORDS: ReadonlySet<string>;
/** Cities smaller than this are trusted only after a locative preposition or in a dateline. */
export declare const MIN_BARE_CITY_POPULATION = 100000;
