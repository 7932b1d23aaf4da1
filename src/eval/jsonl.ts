import { readFileSync } from 'node:fs'

export interface JsonlLine {
  /** 1-based line number in the file. */
  readonly line: number
  readonly value: unknown
}

export interface JsonlProblem {
  readonly line: number
  readonly message: string
}

export interface JsonlContent {
  readonly lines: readonly JsonlLine[]
  readonly problems: readonly JsonlProblem[]
}

/** Parses JSONL text: blank lines are skipped, malformed lines are reported, not thrown. */
export function parseJsonl(text: string): JsonlContent {
  const lines: JsonlLine[] = []
  const problems: JsonlProblem[] = []
  let line = 0
  for (const raw of text.split('\n')) {
    line++
    if (raw.trim() === '') continue
    try {
      lines.push({ line, value: JSON.parse(raw) as unknown })
    } catch (error) {
      problems.push({ line, message: error instanceof Error ? error.message : String(error) })
    }
  }
  return { lines, problems }
}

export function readJsonl(path: string): JsonlContent {
  return parseJsonl(readFileSync(path, 'utf8'))
}

export type JsonObject = { readonly [key: string]: unknown }

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function stringOr<T>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' ? value : fallback
}

export function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
