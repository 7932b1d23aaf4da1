import { readFileSync } from 'node:fs';
/** Parses JSONL text: blank lines are skipped, malformed lines are reported, not thrown. */
export function parseJsonl(text) {
    const lines = [];
    const problems = [];
    let line = 0;
    for (const raw of text.split('\n')) {
        line++;
        if (raw.trim() === '')
            continue;
        try {
            lines.push({ line, value: JSON.parse(raw) });
        }
        catch (error) {
            problems.push({ line, message: error instanceof Error ? error.message : String(error) });
        }
    }
    return { lines, problems };
}
export function readJsonl(path) {
    return parseJsonl(readFileSync(path, 'utf8'));
}
export function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
export function stringOr(value, fallback) {
    return typeof value === 'string' ? value : fallback;
}
export function stringArray(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
//# sourceMappingURL=jsonl.js.map