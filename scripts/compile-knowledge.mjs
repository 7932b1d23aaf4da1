#!/usr/bin/env node
// Compiles Parley's YAML knowledge files into src/knowledge/data/knowledge.compiled.json, a cache the
// loader uses instead of parsing YAML at run time (the yaml package needs ~60-200 ms for these files,
// JSON.parse a few). Each entry carries the SHA-1 of the YAML text it came from: the loader falls back to
// the YAML whenever the text changed since, so a stale cache is slower, never wrong.
//
//   node scripts/compile-knowledge.mjs           writes the cache
//   node scripts/compile-knowledge.mjs --check   exits 1 when the cache is out of date
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { writeOrCheck } from './generated-file.mjs'

export const SOURCES = [
  'src/knowledge/data/countries-overlay.yaml',
  'src/knowledge/data/organizations.yaml',
  'src/knowledge/data/regions.yaml',
  'src/knowledge/data/place-homonyms.yaml',
  'src/knowledge/data/office-holders.yaml',
  'src/lang/en/roles.yaml',
]

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, 'src/knowledge/data/knowledge.compiled.json')

export function compile() {
  const files = {}
  for (const source of SOURCES) {
    if (!existsSync(join(root, source))) continue
    const text = readFileSync(join(root, source), 'utf8')
    files[basename(source)] = { sha1: createHash('sha1').update(text).digest('hex'), data: parse(text) }
  }
  return `${JSON.stringify({ generatedBy: 'scripts/compile-knowledge.mjs', files })}\n`
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (isMain) writeOrCheck(target, compile(), 'scripts/compile-knowledge.mjs')
