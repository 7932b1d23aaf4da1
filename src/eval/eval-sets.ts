import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { EvalSetError } from './event-spec.js'
import { type NewsArticle, parseNewsArticle } from './news.js'
import { parseStatusSet, type StatusItem } from './status.js'

/**
 * The evaluation sets kept in the repository (eval-data/): written for Parley, read here. The status set is
 * one YAML list; the news set one YAML file per article.
 */
function readYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new EvalSetError(`${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export function readStatusSet(path: string): StatusItem[] {
  try {
    return parseStatusSet(readYaml(path))
  } catch (error) {
    if (error instanceof EvalSetError && !error.message.startsWith(path))
      throw new EvalSetError(`${path}: ${error.message}`)
    throw error
  }
}

export function readNewsSet(dir: string): NewsArticle[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
  const articles = files.map((name) => parseNewsArticle(readYaml(join(dir, name)), join(dir, name)))
  const ids = new Set<string>()
  for (const a of articles) {
    if (ids.has(a.id)) throw new EvalSetError(`${dir}: article id ${a.id} used twice`)
    ids.add(a.id)
  }
  return articles
}
