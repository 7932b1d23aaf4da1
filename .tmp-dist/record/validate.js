import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
let validator = null;
/** The published JSON Schema of a Parley record (src/record/schema.json). */
export function recordSchema() {
    return JSON.parse(readFileSync(new URL('./schema.json', import.meta.url), 'utf8'));
}
/** Validates a record (or error record) against the schema; returns the problems, empty when valid. */
export function validateRecord(record) {
    validator ??= new Ajv({ allErrors: true, strict: false }).compile(recordSchema());
    if (validator(record))
        return [];
    return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
//# sourceMappingURL=validate.js.map