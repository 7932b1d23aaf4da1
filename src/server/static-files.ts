import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SECURITY_HEADERS } from './respond.js'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
}

/**
 * The dashboard's files, beside this module's folder: `src/web/` when run from source (tsx), `dist/web/` after
 * the build copies the assets. Only the files listed at start-up are ever served, so no request path reaches
 * the file system.
 */
export function webDirectory(): string {
  return fileURLToPath(new URL('../web/', import.meta.url))
}

export interface StaticFiles {
  /** Serves the file for a URL path; false when there is none. */
  serve(pathname: string, response: ServerResponse, headOnly: boolean): Promise<boolean>
}

export function createStaticFiles(directory: string = webDirectory()): StaticFiles {
  const files = new Map<string, string>()
  for (const name of listFiles(directory)) {
    if (CONTENT_TYPES[extname(name)] === undefined || name.endsWith('.test.js')) continue
    files.set(`/${name}`, join(directory, name))
  }
  const index = files.get('/index.html')
  if (index !== undefined) files.set('/', index)
  return {
    async serve(pathname, response, headOnly) {
      const path = files.get(pathname)
      if (path === undefined) return false
      const body = await readFile(path)
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
      })
      response.end(headOnly ? undefined : body)
      return true
    },
  }
}

/** Relative paths of the files under a directory, with `/` separators; none when it does not exist. */
function listFiles(directory: string, prefix = ''): string[] {
  let entries: import('node:fs').Dirent[]
  try {
    entries = readdirSync(join(directory, prefix), { withFileTypes: true })
  } catch {
    return []
  }
  const names: string[] = []
  for (const entry of entries) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) names.push(...listFiles(directory, relative))
    else if (entry.isFile()) names.push(relative)
  }
  return names
}
