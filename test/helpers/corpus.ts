import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ExtractInput } from '../../src/extract.js'
import { readInputs } from '../../src/ingest/index.js'
import { loadGoldenArticles } from '../fixtures/articles/golden-articles.js'

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const SAMPLES_DIR = join(REPO_ROOT, 'samples')
export const GOLDEN_DIR = join(REPO_ROOT, 'test', 'fixtures', 'articles')

/** One article of our own corpus, as the extractor receives it. */
export interface CorpusDoc extends ExtractInput {
  /** Where it comes from: a sample path (or `file.jsonl:LINE`) or `golden:NAME`. */
  readonly origin: string
}

/** Every sample (txt, html, jsonl) and every golden article (with its date), read as the CLI reads them. */
export async function loadCorpus(): Promise<CorpusDoc[]> {
  const docs: CorpusDoc[] = []
  const read = async (input: string, date: string | null, golden?: string) => {
    for await (const item of readInputs([input], { date })) {
      if (item.kind === 'error') {
        throw new Error(`${item.input} cannot be read: ${item.diagnostics[0]?.message}`)
      }
      // a golden article's id is its name, whatever the working directory
      const meta = golden === undefined ? item.meta : { ...item.meta, id: golden }
      docs.push({ origin: golden === undefined ? item.input : `golden:${golden}`, text: item.text, meta })
    }
  }
  await read(SAMPLES_DIR, null)
  for (const article of loadGoldenArticles()) {
    await read(join(GOLDEN_DIR, article.expected.article), article.expected.date, article.name)
  }
  return docs
}
