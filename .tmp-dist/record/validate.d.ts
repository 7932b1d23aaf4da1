/** The published JSON Schema of a Parley record (src/record/schema.json). */
export declare function recordSchema(): object;
/** Validates a record (or error record) against the schema; returns the problems, empty when valid. */
export declare function validateRecord(record: unknown): string[];
