import { createExtractor } from './src/extract.js'
const text = process.argv[2]!
const { doc } = createExtractor().extract({ text, meta: { id: 'x', date: '2016-09-20' } })
for (const m of doc.layers.mentions ?? []) console.log(m.id, m.type, JSON.stringify(text.slice(m.start, m.end)), m.country, m.role, m.kbId)
const toks = doc.layers.tokens!
const out = []
for (let i = 0; i < toks.length; i++) out.push(`${text.slice(toks.start[i]!, toks.end[i]!)}/${['ADJ','ADP','ADV','AUX','CCONJ','DET','INTJ','NOUN','NUM','PART','PRON','PROPN','PUNCT','SCONJ','SYM','VERB','X','SPACE'][toks.pos[i]!]}`)
console.log(out.join(' '))
