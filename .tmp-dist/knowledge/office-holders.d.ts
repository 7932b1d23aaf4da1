/**
 * Dated office-holders: heads of state and government, foreign and defence ministers, national security
 * advisers and military chiefs, resolved against an article's date ("Kerry" in 2014 is the US Secretary of
 * State; in 2025 a former official). Data: data/office-holders.yaml (schema/office-holders.schema.json).
 *
 * A term covers [start, end): on the day a term ends its successor is the holder.
 */
/** One term as written in the data file. */
export interface OfficeTermEntry {
    /** ISO alpha-3; null for an international organisation's office (then `organization` is set). */
    readonly country: string | null;
    /** Organisation id from organizations.yaml ("eu", "un", "nato") for its officials. */
    readonly organization?: string;
    /** Office class shared with src/lang/en/roles.yaml ("foreign-minister"). */
    readonly office: string;
    /** Further office classes the same term fills ("head-of-government" for a US president). */
    readonly also?: readonly string[];
    readonly role: string;
    readonly sector: string;
    /** YYYY-MM-DD. */
    readonly start: string;
    /** YYYY-MM-DD, the first day out of office; null while in office as of the file's `as_of`. */
    readonly end: string | null;
    /** Set when a date is only known to the month (or year): the day is then the 1st. */
    readonly approx?: boolean;
    readonly acting?: boolean;
}
export interface OfficeHolderEntry {
    readonly id: string;
    readonly name: string;
    readonly aliases?: readonly string[];
    /** The name news uses alone on later mentions ("Lavrov", "Xi", "Lula"). */
    readonly surname: string;
    readonly terms: readonly OfficeTermEntry[];
}
/** Shape of data/office-holders.yaml. */
export interface OfficeHoldersFile {
    readonly version: number;
    /** The day the data was last checked: an `end: null` term is known to run at least until then. */
    readonly as_of: string;
    readonly people: readonly OfficeHolderEntry[];
}
export interface OfficeHolding {
    readonly personId: string;
    readonly name: string;
    /** ISO alpha-3, or the organisation id ("eu", "un", "nato") for an international official. */
    readonly country: string;
    readonly office: string;
    readonly role: string;
    readonly sector: string;
    readonly start: string;
    readonly end: string | null;
    /** In office on the date (with no date: still in office as of the data's `as_of`). */
    readonly current: boolean;
    /** Held the office before the date, and not on it. Neither flag: the term begins after the date. */
    readonly former: boolean;
}
/**
 * Adds a user's office-holders (entries shaped like office-holders.yaml's `people`, checked by the caller
 * against its schema) for this process; an entry with a shipped id replaces the shipped person.
 */
export declare function addOfficeHolders(people: readonly OfficeHolderEntry[]): void;
/**
 * The office-holder named by `nameKey` (a `normalizeKey`ed full name, alias or surname), described as of
 * `date` (YYYY-MM-DD; null: as of the data's `as_of`, preferring the latest term).
 *
 * Ambiguity rule: full names and aliases win over surnames. When several people share the key, a date
 * picks the only one in a principal office (head of state or government, foreign or defence minister,
 * national security adviser, military chief, head of an IGO) on it, else the only one in any listed
 * office on it, else the only one who held office before it. With no date, or when the date leaves
 * more than one (or none) plausible, the answer is undefined ("Clinton", "Kim" in 2021).
 */
export declare function lookupOfficeHolder(nameKey: string, date: string | null): OfficeHolding | undefined;
/**
 * Who held `office` for `country` (ISO alpha-3, or an organisation id such as "eu") on `date`:
 * "his Russian counterpart" of a foreign minister in 2022 is holderOf('RUS', 'foreign-minister', …).
 * When terms overlap (an acting holder), the one that started last wins.
 */
export declare function holderOf(country: string, office: string, date: string): OfficeHolding | undefined;
/** The office class of a role title, via src/lang/en/roles.yaml: "Secretary of State" → "foreign-minister". */
export declare function officeOfRole(role: string): string | undefined;
/** The day the office-holder data was last checked (YYYY-MM-DD). */
export declare function officeHoldersAsOf(): string;
/** Sizes of the loaded data, for diagnostics. */
export declare function officeHolderStats(): {
    people: number;
    terms: number;
    nameKeys: number;
};
