/**
 * Typed mentions: names of people, organisations, countries (incl. capitals used for their government),
 * places, groups ("Russians"), nominals ("a Western official") and pronouns.
 */
export declare function mentions(): import("../../pipeline/stage.js").AnyStage;
