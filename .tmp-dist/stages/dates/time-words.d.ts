/**
 * English time vocabulary, as data. Keys are lower-cased token forms as wink-nlp produces them
 * ("sept." keeps its period). The grammar in this folder reads only these tables.
 */
/** Month names and abbreviations → month number (1–12). */
export declare const MONTHS: ReadonlyMap<string, number>;
/** Weekday names → JavaScript day number (0 = Sunday). */
export declare const WEEKDAYS: ReadonlyMap<string, number>;
/** Words before a weekday that make it a name, not a date ("Super Tuesday", "Black Friday"). */
export declare const WEEKDAY_NAME_BEFORE: ReadonlySet<string>;
/** Capitalised words after a weekday that make it a title ("Sunday Times", "Saturday Night Live"). */
export declare const WEEKDAY_NAME_AFTER: ReadonlySet<string>;
/** Parts of a day that may follow a day expression and belong to it ("Saturday night"). */
export declare const DAY_PARTS: ReadonlySet<string>;
export declare const UNITS: readonly ["day", "week", "month", "year"];
export type Unit = (typeof UNITS)[number];
/** Unit words, singular and plural. Hours count as a fraction of a day. */
export declare const UNIT_WORDS: ReadonlyMap<string, Unit>;
/** Number words usable before a unit ("two weeks ago", "a month ago"). */
export declare const NUMBER_WORDS: ReadonlyMap<string, number>;
/** How far "a few"/"several"/"recent" units reach back from the publication date. */
export declare const VAGUE_AMOUNT: Readonly<Record<Unit, number>>;
/** Days "recently" reaches back. */
export declare const RECENTLY_DAYS = 60;
/** Single words that denote a day relative to the publication date. */
export declare const DAY_WORDS: ReadonlyMap<string, number>;
/** Modifiers of a calendar unit: "last week" (−1), "this month" (0), "next year" (+1). */
export declare const CALENDAR_SHIFT: ReadonlyMap<string, number>;
/** Words introducing a trailing window ending at the publication date: "the past week", "the last two months". */
export declare const TRAILING_WORDS: ReadonlySet<string>;
/** Vague amounts: "the past few days", "in recent weeks". */
export declare const VAGUE_WORDS: ReadonlySet<string>;
/** "early March", "mid-2014", "the late 1990s": which part of the period. */
export declare const PERIOD_PARTS: ReadonlyMap<string, Part>;
export type Part = 'early' | 'mid' | 'late';
/** "the end of March", "the beginning of the year": which part of the period after "of". */
export declare const PERIOD_EDGES: ReadonlyMap<string, Part>;
/** Seasons (northern hemisphere) → first and last month; winter runs from December into the next year. */
export declare const SEASONS: ReadonlyMap<string, {
    readonly first: number;
    readonly last: number;
}>;
/** Words after "fall" that make it the noun or verb ("this fall in prices", "the fall of Kabul"). */
export declare const FALL_NOUN_AFTER: ReadonlySet<string>;
/** Words right before a season that make it a time ("in summer", "during the summer" is handled with "the"). */
export declare const SEASON_LEFT_CONTEXT: ReadonlySet<string>;
/** Words linking two expressions into one range: "from March to May", "between 1983 and 1986", "2014–2016". */
export declare const SPAN_LINKS: ReadonlyMap<string, string>;
/** "earlier this year" (start of period to the publication date), "later this month" (to its end). */
export declare const PERIOD_SIDES: ReadonlyMap<string, 'before' | 'after'>;
/** Words that open a range bounded by the expression after them. */
export declare const RANGE_OPENERS: ReadonlyMap<string, 'since' | 'until'>;
/** Words before a month name that make it a date even when "May" could be the verb ("in May", "last May"). */
export declare const DATE_LEFT_CONTEXT: ReadonlySet<string>;
/** Words linking two month names ("April and May"): the second is a date when the first is a month. */
export declare const MONTH_LINKS: ReadonlySet<string>;
/** Words after a month name that make it a name or the noun "march" ("March for Our Lives", "March Madness"). */
export declare const MONTH_NAME_AFTER: ReadonlySet<string>;
/** Days that name a historic event when followed by one of the nouns ("the Sept. 11 attacks"). */
export declare const HISTORIC_DAYS: readonly {
    month: number;
    day: number;
    year: number;
    nouns: ReadonlySet<string>;
}[];
/** Words before a four-digit number that make it a year even before a plural noun ("the 2016 elections"). */
export declare const YEAR_LEFT_CONTEXT: ReadonlySet<string>;
/** Tokens around a four-digit number that make it a quantity, not a year ("$2000", "2000 percent"). */
export declare const QUANTITY_BEFORE: ReadonlySet<string>;
export declare const QUANTITY_AFTER: ReadonlySet<string>;
/** Cues that the clause speaks of the future wherever they stand in it ("will meet on Saturday"). */
export declare const FUTURE_CUES: ReadonlySet<string>;
/**
 * Cues that speak of the future only when followed by "to"/"for" ("plans to visit", "scheduled for") or when they
 * stand right before the expression ("expected Tuesday"): as nouns they say nothing ("the funding plan").
 */
export declare const FUTURE_CUES_BEFORE_TO: ReadonlySet<string>;
/** Words after a conditional cue that make it point to the future ("plans to", "scheduled for", "ahead of"). */
export declare const FUTURE_LINKS: ReadonlySet<string>;
/** Punctuation that ends the clause a tense cue may come from. */
export declare const CLAUSE_PUNCTUATION: ReadonlySet<string>;
/** Punctuation and words that end the clause a tense cue may come from ("… he said Saturday"). */
export declare const CLAUSE_BREAKS: ReadonlySet<string>;
