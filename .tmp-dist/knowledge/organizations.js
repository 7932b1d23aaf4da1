import { readYaml } from './data-files.js';
import { normalizeKey } from './normalize-key.js';
/** Index forms of the shipped organisations; `extra` entries (a user's file) come first. */
export function loadOrganizations(extra = []) {
    const file = readYaml(new URL('./data/organizations.yaml', import.meta.url));
    const forms = [];
    for (const entry of [...extra, ...file.organizations]) {
        const base = {
            type: 'organization',
            id: entry.id,
            name: entry.name,
            kind: entry.kind,
            country: entry.country ?? null,
            sector: entry.sector,
        };
        const seen = new Set();
        const add = (text, caseSensitive) => {
            const key = normalizeKey(text);
            if (seen.has(key))
                return;
            seen.add(key);
            const homonym = text === entry.name ? entry.homonym : undefined;
            const hit = {
                ...base,
                ...(caseSensitive ? { caseSensitive: text } : {}),
                ...(homonym ? { homonym } : {}),
            };
            forms.push({ key, hit });
        };
        add(entry.name, false);
        for (const alias of entry.aliases ?? [])
            add(alias, false);
        for (const acronym of entry.acronyms ?? [])
            add(acronym, true);
    }
    return forms;
}
//# sourceMappingURL=organizations.js.map