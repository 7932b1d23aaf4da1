import { readFileSync } from 'node:fs'
import { lookupPhrase, normalizeKey } from './src/knowledge/index.js'
const file = process.argv[2]!
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean)
const counts = new Map<string, number>()
const RUN = /\b(?:[A-Z][\w’'.-]*)(?:\s+(?:of|the|for|and|de|al-)?\s*[A-Z][\w’'.-]*)*/g
for (const line of lines) {
  const o = JSON.parse(line) as { text?: string; sentence?: string }
  const text = o.text ?? o.sentence ?? ''
  for (const m of text.matchAll(RUN)) {
    const phrase = m[0].replace(/[’']s$/, '').replace(/\.$/, '')
    if (phrase.length < 2) continue
    if (lookupPhrase(normalizeKey(phrase), phrase).length > 0) continue
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1)
  }
}
console.log([...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 300).map(([p, n]) => `${n} ${p}`).join('\n'))
