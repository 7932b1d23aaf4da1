import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inputKindOf } from './input-kinds.js';
const SKIPPED_DIRECTORIES = new Set(['node_modules']);
/**
 * Readable files under a directory, recursively, in sorted order (by name within each directory); hidden
 * entries, `node_modules` and files of other kinds are skipped. Symbolic links to files are followed, links to
 * directories are not (no cycles).
 */
export async function* walkInputFiles(directory) {
    let entries;
    try {
        entries = await readdir(directory, { withFileTypes: true });
    }
    catch {
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name))
            continue;
        const path = join(directory, entry.name);
        if (entry.isDirectory()) {
            yield* walkInputFiles(path);
        }
        else if (inputKindOf(entry.name) !== null && (entry.isFile() || (await isLinkToFile(path, entry)))) {
            yield path;
        }
    }
}
async function isLinkToFile(path, entry) {
    if (!entry.isSymbolicLink())
        return false;
    try {
        return (await stat(path)).isFile();
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=walk.js.map