import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from './respond.js';
const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.json': 'application/json; charset=utf-8',
};
/**
 * The dashboard's files, beside this module's folder: `src/web/` when run from source (tsx), `dist/web/` after
 * the build copies the assets. Only the files listed at start-up are ever served, so no request path reaches
 * the file system.
 */
export function webDirectory() {
    return fileURLToPath(new URL('../web/', import.meta.url));
}
export function createStaticFiles(directory = webDirectory()) {
    const files = new Map();
    for (const name of listFiles(directory)) {
        if (CONTENT_TYPES[extname(name)] === undefined || name.endsWith('.test.js'))
            continue;
        files.set(`/${name}`, join(directory, name));
    }
    const index = files.get('/index.html');
    if (index !== undefined)
        files.set('/', index);
    return {
        async serve(pathname, response, headOnly) {
            const path = files.get(pathname);
            if (path === undefined)
                return false;
            const body = await readFile(path);
            response.writeHead(200, {
                ...SECURITY_HEADERS,
                'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
                'Content-Length': body.length,
                'Cache-Control': 'no-cache',
            });
            response.end(headOnly ? undefined : body);
            return true;
        },
    };
}
/** Relative paths of the files under a directory, with `/` separators; none when it does not exist. */
function listFiles(directory, prefix = '') {
    let entries;
    try {
        entries = readdirSync(join(directory, prefix), { withFileTypes: true });
    }
    catch {
        return [];
    }
    const names = [];
    for (const entry of entries) {
        const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory())
            names.push(...listFiles(directory, relative));
        else if (entry.isFile())
            names.push(relative);
    }
    return names;
}
//# sourceMappingURL=static-files.js.map