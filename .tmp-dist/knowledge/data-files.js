import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
/**
 * Data files ship beside the code. URLs are resolved against the calling module's `import.meta.url`, so
 * the same call finds `src/…/x.yaml` under tsx and `dist/…/x.yaml` after the build (scripts/copy-assets.mjs
 * copies YAML and JSON files into dist/).
 */
export function readText(url) {
    return readFileSync(url, 'utf8');
}
export function readJson(url) {
    return JSON.parse(readText(url));
}
const COMPILED_URL = new URL('./data/knowledge.compiled.json', import.meta.url);
let compiled;
function compiledFiles() {
    if (compiled === undefined) {
        try {
            compiled = readJson(COMPILED_URL);
        }
        catch {
            compiled = { files: {} };
        }
    }
    return compiled.files;
}
/**
 * Parses a YAML data file. The parsed form is taken from knowledge.compiled.json (written by
 * scripts/compile-knowledge.mjs) when its SHA-1 matches the YAML text, which skips the slow YAML parser;
 * otherwise the YAML itself is parsed. The shapes are checked against the JSON Schemas in
 * src/knowledge/schema/ by the tests, not at run time: the type parameter states what the schema guarantees.
 */
export function readYaml(url) {
    const text = readText(url);
    const entry = compiledFiles()[basename(fileURLToPath(url))];
    if (entry !== undefined && entry.sha1 === createHash('sha1').update(text).digest('hex'))
        return entry.data;
    const { parse } = createRequire(import.meta.url)('yaml');
    return parse(text);
}
//# sourceMappingURL=data-files.js.map