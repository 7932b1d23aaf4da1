import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readJson } from './data-files.js';
let validator;
/** The user-file schema, assembled from the shipped files' schemas so the two cannot drift apart. */
function userSchema() {
    const read = (name) => readJson(new URL(`./schema/${name}.schema.json`, import.meta.url));
    const organizations = read('organizations');
    const regions = read('regions');
    const countries = read('countries-overlay');
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        additionalProperties: false,
        required: ['version'],
        definitions: { ...organizations.definitions, ...countries.definitions },
        properties: {
            version: { type: 'integer', minimum: 1 },
            organizations: organizations.properties.organizations,
            places: regions.properties.places,
            countries: countries.properties.countries,
        },
    };
}
/** Checks parsed data against the user-file schema; returns readable errors (empty when valid). */
export function validateUserKnowledge(data, source) {
    if (!validator) {
        // ajv is loaded only when a user file is given, so plain runs do not pay for it.
        const { Ajv } = createRequire(import.meta.url)('ajv');
        validator = new Ajv({ allErrors: true }).compile(userSchema());
    }
    if (validator(data))
        return [];
    return (validator.errors ?? []).map((e) => `${source}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
/** Reads a YAML or JSON user file; returns the data or the reasons it cannot be used. */
export function readUserKnowledge(path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        return { errors: [`${path}: cannot read (${error.code ?? 'error'})`] };
    }
    let data;
    try {
        const { parse } = createRequire(import.meta.url)('yaml');
        data = parse(text);
    }
    catch (error) {
        return { errors: [`${path}: not valid YAML or JSON (${error.message.split('\n')[0]})`] };
    }
    const errors = validateUserKnowledge(data, path);
    return errors.length > 0 ? { errors } : { data: data };
}
//# sourceMappingURL=user-knowledge.js.map