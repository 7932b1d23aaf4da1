import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { isIsoDate } from './dates.js'
import { inputKindOf } from './input-kinds.js'
import { errorItem } from './items.js'
import { readJsonl } from './jsonl.js'
import { HEAD_BYTES_PER_CHAR, pageItem } from './page-item.js'
import { decodeText, readHead, readTextFile } from './read-text.js'
import { readStdin, STDIN_INPUT } from './stdin.js'
import type { IngestItem, IngestOptions, ResolvedOptions } from './types.js'
import { walkInputFiles } from './walk.js'

export const DEFAULT_MAX_CHARS = 2_000_000
export const DEFAULT_MAX_FILE_BYTES = 1 << 30

/**
 * Reads every input (a file, a directory, or `-` for stdin) and yields one item per document or failure, in
 * input order and streaming. Never throws because of an input's content; invalid options are programmer errors.
 */
export async function* readInputs(
  inputs: readonly string[],
  options: IngestOptions = {},
): AsyncGenerator<IngestItem> {
  const resolved = resolveOptions(options)
  for (const input of inputs) {
    if (input === STDIN_INPUT) {
      yield* readStdin(resolved)
      continue
    }
    const stats = await stat(input).catch(() => null)
    if (stats === null) {
      yield errorItem(input, displayId(input), 'input/not-found', 'no such file or directory')
    } else if (stats.isDirectory()) {
      yield* readDirectory(input, resolved)
    } else if (stats.isFile()) {
      yield* readFile(input, resolved)
    } else {
      yield errorItem(
        input,
        displayId(input),
        'input/unreadable',
        'not a regular file (pipe it to - instead)',
      )
    }
  }
}

export function resolveOptions(options: IngestOptions): ResolvedOptions {
  const date = options.date ?? null
  if (date !== null && !isIsoDate(date)) throw new RangeError(`date must be YYYY-MM-DD, got "${date}"`)
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new RangeError(`maxChars must be a positive integer`)
  return {
    date,
    maxChars,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    stdin: options.stdin ?? process.stdin,
  }
}

async function* readDirectory(directory: string, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  let found = false
  for await (const path of walkInputFiles(directory)) {
    found = true
    yield* readFile(path, options)
  }
  if (!found) {
    yield errorItem(
      directory,
      displayId(directory),
      'input/empty',
      'no .txt, .html, .htm or .jsonl file in the directory',
    )
  }
}

async function* readFile(path: string, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const id = displayId(path)
  const kind = inputKindOf(path)
  if (kind === null) {
    yield errorItem(path, id, 'input/unsupported', 'not a .txt, .html, .htm or .jsonl file')
    return
  }
  try {
    if (kind === 'jsonl') {
      yield* readJsonlFile(path, id, options)
    } else {
      const read = await readTextFile(
        path,
        options.maxChars * HEAD_BYTES_PER_CHAR[kind],
        options.maxFileBytes,
      )
      yield pageItem(kind, read, path, id, options)
    }
  } catch (error) {
    yield errorItem(path, id, 'input/unreadable', `cannot read it (${errorCode(error)})`)
  }
}

async function* readJsonlFile(
  path: string,
  id: string,
  options: ResolvedOptions,
): AsyncGenerator<IngestItem> {
  const size = (await stat(path)).size
  if (size > options.maxFileBytes) {
    yield errorItem(
      path,
      id,
      'input/too-large',
      `${size} bytes, above the ${options.maxFileBytes}-byte limit`,
    )
    return
  }
  const head = await readHead(path, 8192)
  const check = decodeText(head, true, size)
  if (!check.ok && check.code !== 'input/bad-encoding') {
    yield errorItem(path, id, check.code, check.reason)
    return
  }
  yield* readJsonl(createReadStream(path), id, options)
}

/**
 * An input's id: its path relative to the working directory when it lies inside it, else its absolute path, with
 * `/` separators; never a path climbing out with `../`. (The store knows a document by its content, so the same
 * file reached from two directories is still one document.)
 */
export function displayId(path: string): string {
  const relativePath = relative(process.cwd(), path)
  const inside = relativePath !== '' && relativePath !== '..' && !relativePath.startsWith(`..${sep}`)
  const shown = inside && !isAbsolute(relativePath) ? relativePath : resolve(path)
  return sep === '/' ? shown : shown.split(sep).join('/')
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code
  return error instanceof Error ? error.message : String(error)
}
