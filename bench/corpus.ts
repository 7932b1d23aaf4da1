import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readInputs } from '../src/ingest/index.js'

export interface BenchArticle {
  readonly id: string
  readonly text: string
  readonly date: string | null
}

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const DEFAULT_CORPUS = resolve(projectRoot, '..', 'shared', 'eval', 'polnear', 'train.input.jsonl')
export const SAMPLES_DIR = resolve(projectRoot, 'samples')

/** The corpus to measure: the given path, else PolNeAR train when ../shared exists, else the bundled samples. */
export function defaultCorpusPath(): string | null {
  if (existsSync(DEFAULT_CORPUS)) return DEFAULT_CORPUS
  if (existsSync(SAMPLES_DIR)) return SAMPLES_DIR
  return null
}

function readJsonlArticles(path: string): BenchArticle[] {
  const articles: BenchArticle[] = []
  let line = 0
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    line++
    if (raw.trim() === '') continue
    const value = JSON.parse(raw) as { id?: unknown; text?: unknown; date?: unknown }
    if (typeof value.text !== 'string') continue
    articles.push({
      id: typeof value.id === 'string' ? value.id : `${path}:${line}`,
      text: value.text,
      date: typeof value.date === 'string' ? value.date : null,
    })
  }
  return articles
}

/** Loads the articles of a JSONL file (fast path) or any input Parley reads (directory, .txt, .html) via ingest. */
export async function loadCorpus(path: string, limit = Number.POSITIVE_INFINITY): Promise<BenchArticle[]> {
  let articles: BenchArticle[]
  if (path.endsWith('.jsonl')) {
    articles = readJsonlArticles(path)
  } else {
    articles = []
    for await (const item of readInputs([path])) {
      if (item.kind === 'document') articles.push({ id: item.meta.id, text: item.text, date: item.meta.date })
    }
  }
  return articles.slice(0, limit)
}
