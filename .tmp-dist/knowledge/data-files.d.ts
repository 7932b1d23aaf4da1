/**
 * Data files ship beside the code. URLs are resolved against the calling module's `import.meta.url`, so
 * the same call finds `src/…/x.yaml` under tsx and `dist/…/x.yaml` after the build (scripts/copy-assets.mjs
 * copies YAML and JSON files into dist/).
 */
export declare function readText(url: URL): string;
export declare function readJson<T>(url: URL): T;
/**
 * Parses a YAML data file. The parsed form is taken from knowledge.compiled.json (written by
 * scripts/compile-knowledge.mjs) when its SHA-1 matches the YAML text, which skips the slow YAML parser;
 * otherwise the YAML itself is parsed. The shapes are checked against the JSON Schemas in
 * src/knowledge/schema/ by the tests, not at run time: the type parameter states what the schema guarantees.
 */
export declare function readYaml<T>(url: URL): T;
