import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { IngestItem, IngestOptions } from './index.js'
import { readInputs } from './index.js'

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url))
const fixture = (name: string) => join(FIXTURES, name)
/** Inside the working directory a path relative to it, outside it the absolute path: never `../`. */
const idOf = (path: string) => {
  const inside = relative(process.cwd(), path)
  return inside.startsWith('..') ? resolve(path) : inside
}

async function collect(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = []
  for await (const item of readInputs(inputs, options)) items.push(item)
  return items
}

async function only(input: string, options: IngestOptions = {}): Promise<IngestItem> {
  const items = await collect([input], options)
  assert.equal(items.length, 1)
  return items[0] as IngestItem
}

function codes(item: IngestItem): string[] {
  return item.diagnostics.map((d) => d.code)
}

const temp = mkdtempSync(join(tmpdir(), 'parley-ingest-'))
after(() => rmSync(temp, { recursive: true, force: true }))

describe('readInputs: text files', () => {
  it('keeps a .txt file exactly, with its path as id', async () => {
    const path = fixture('article.txt')
    const item = await only(path)
    assert.equal(item.kind, 'document')
    if (item.kind !== 'document') return
    assert.equal(item.text, readFileSync(path, 'utf8'))
    assert.deepEqual(item.meta, {
      id: idOf(path),
      title: 'Harbour talks resume after two-year pause', // its headline-like first line
      date: null,
      url: null,
      source: null,
      language: 'eng',
    })
    assert.deepEqual(item.diagnostics, [])
  })

  it('takes the date from options, and refuses a malformed one', async () => {
    const item = await only(fixture('article.txt'), { date: '2024-05-04' })
    assert.equal(item.kind === 'document' && item.meta.date, '2024-05-04')
    await assert.rejects(collect([fixture('article.txt')], { date: '04/05/2024' }), RangeError)
  })

  it('keeps a UTF-8 BOM, so offsets index the file; a short text has no language', async () => {
    const item = await only(fixture('bom.txt'))
    assert.equal(item.kind, 'document')
    if (item.kind !== 'document') return
    assert.equal(item.text, '\uFEFFA short note with a byte order mark at its start.\n')
    assert.equal(item.text, readFileSync(fixture('bom.txt'), 'utf8'))
    assert.equal(item.meta.language, null)
  })
})

describe('readInputs: bad input', () => {
  const cases: [string, string][] = [
    ['missing.txt', 'input/not-found'],
    ['notes.md', 'input/unsupported'],
    ['empty.txt', 'input/empty'],
    ['blank.txt', 'input/empty'],
    ['binary.txt', 'input/binary'],
    ['latin1.txt', 'input/bad-encoding'],
    ['french.txt', 'input/not-english'],
    ['no-article.html', 'input/no-article'],
  ]
  for (const [name, code] of cases) {
    it(`${name} → ${code}, one line with the reason`, async () => {
      const path = fixture(name)
      const item = await only(path)
      assert.equal(item.kind, 'error')
      assert.deepEqual(codes(item), [code])
      const [first] = item.diagnostics
      assert.equal(first?.severity, 'fatal')
      assert.ok(!first?.message.includes('\n'))
      assert.equal(item.id, idOf(path))
    })
  }

  it('names the language of a non-English text', async () => {
    const item = await only(fixture('french.txt'))
    assert.match(item.diagnostics[0]?.message ?? '', /French \(fra\)/)
  })

  it('refuses a file above the size limit without reading it', async () => {
    const item = await only(fixture('article.txt'), { maxFileBytes: 100 })
    assert.deepEqual(codes(item), ['input/too-large'])
  })
})

describe('readInputs: HTML', () => {
  it('yields the article text and the page metadata', async () => {
    const path = fixture('article.html')
    const item = await only(path)
    assert.equal(item.kind, 'document')
    if (item.kind !== 'document') return
    assert.ok(item.text.startsWith('PORT ELLIS — The ferry service'))
    assert.deepEqual(item.meta, {
      id: idOf(path),
      title: 'Ferry link to islands restored after storm',
      date: '2021-02-09',
      url: 'https://coastal-ledger.example/news/ferry-restored',
      source: 'The Coastal Ledger',
      language: 'eng',
    })
  })

  it('lets --date override the page date', async () => {
    const item = await only(fixture('article.html'), { date: '2021-02-10' })
    assert.equal(item.kind === 'document' && item.meta.date, '2021-02-10')
  })
})

describe('readInputs: JSONL', () => {
  it('yields one item per record, in order, with errors for the bad lines', async () => {
    const path = fixture('feed.jsonl')
    const name = idOf(path)
    const items = await collect([path])
    const summary = items.map((item) => [
      item.kind,
      item.input,
      item.kind === 'error' ? item.id : item.meta.id,
      codes(item),
    ])
    assert.deepEqual(summary, [
      ['document', `${name}:1`, 'wire-1', []],
      ['error', `${name}:2`, `${name}:2`, ['input/bad-json']],
      ['error', `${name}:4`, `${name}:4`, ['input/bad-record']],
      ['error', `${name}:5`, 'wire-5', ['input/bad-record']],
      ['document', `${name}:6`, 'page-6', []],
      ['error', `${name}:7`, 'wire-7', ['input/not-english']],
      ['document', `${name}:8`, '8', ['input/bad-date']],
    ])
    const [first, , , , page, , last] = items
    assert.deepEqual(first?.kind === 'document' && first.meta, {
      id: 'wire-1',
      title: 'Harbour talks resume',
      date: '2023-06-01',
      url: null,
      source: 'Tidewater Wire',
      language: null,
    })
    assert.ok(
      first?.kind === 'document' && first.text.includes('\n\n"We came to listen," the minister said.'),
    )
    assert.equal(page?.kind === 'document' && page.meta.date, '2023-06-02')
    assert.equal(page?.kind === 'document' && page.meta.url, 'https://harbour.example/port-vote')
    assert.ok(page?.kind === 'document' && !page.text.includes('Share this'))
    assert.equal(last?.kind === 'document' && last.meta.date, null)
  })

  it('streams a large file record by record', async () => {
    const path = join(temp, 'many.jsonl')
    const lines = 100_000
    const record = (i: number) =>
      JSON.stringify({ id: `r${i}`, text: `Record ${i}: the port reopened, officials said.` })
    writeFileSync(path, `${Array.from({ length: lines }, (_, i) => record(i)).join('\n')}\n`)
    let count = 0
    let lastId = ''
    const started = performance.now()
    for await (const item of readInputs([path])) {
      count++
      if (item.kind === 'document') lastId = item.meta.id
    }
    assert.equal(count, lines)
    assert.equal(lastId, `r${lines - 1}`)
    assert.ok(performance.now() - started < 10_000)
  })

  it('refuses an over-long line and an invalid UTF-8 line, then carries on', async () => {
    const path = join(temp, 'mixed.jsonl')
    const good = JSON.stringify({ id: 'ok', text: 'The ferry ran on time.' })
    const long = JSON.stringify({ id: 'long', text: 'x'.repeat(2_000_000) })
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(`${long}\n`),
        Buffer.from('{"id":"caf\xe9"}\n', 'latin1'),
        Buffer.from(good),
      ]),
    )
    const items = await collect([path], { maxChars: 1000 })
    assert.deepEqual(items.map(codes), [['input/too-large'], ['input/bad-encoding'], []])
  })
})

describe('readInputs: directories and order', () => {
  it('reads supported files recursively in sorted order, skipping hidden files and node_modules', async () => {
    const root = join(temp, 'tree')
    const article = readFileSync(fixture('article.txt'))
    for (const [path, content] of [
      ['b.txt', article],
      ['a/z.txt', article],
      ['a/m.html', readFileSync(fixture('article.html'))],
      ['a/.draft.txt', article],
      ['node_modules/pkg/readme.txt', article],
      ['notes.md', article],
    ] as const) {
      mkdirSync(join(root, path, '..'), { recursive: true })
      writeFileSync(join(root, path), content)
    }
    const items = await collect([root])
    assert.deepEqual(
      items.map((item) => item.input),
      ['a/m.html', 'a/z.txt', 'b.txt'].map((path) => join(root, path)),
    )
  })

  it('keeps input order across inputs of different kinds', async () => {
    const items = await collect([fixture('article.txt'), fixture('missing.txt'), fixture('article.html')])
    assert.deepEqual(
      items.map((item) => item.kind),
      ['document', 'error', 'document'],
    )
  })
})

describe('readInputs: stdin', () => {
  const stdin = (...chunks: (string | Buffer)[]) => Readable.from(chunks.map((chunk) => Buffer.from(chunk)))

  it('reads plain text', async () => {
    const text = readFileSync(fixture('article.txt'), 'utf8')
    const item = await only('-', { stdin: stdin(text.slice(0, 10), text.slice(10)) })
    assert.equal(item.kind === 'document' && item.text, text)
    assert.equal(item.kind === 'document' && item.meta.id, 'stdin')
  })

  it('sniffs HTML', async () => {
    const item = await only('-', { stdin: stdin(readFileSync(fixture('article.html'))) })
    assert.equal(item.kind === 'document' && item.meta.title, 'Ferry link to islands restored after storm')
  })

  it('sniffs JSONL and streams it, even when chunks split a character', async () => {
    const bytes = Buffer.from(
      `\n${JSON.stringify({ id: 'a', text: 'Café talks resumed.' })}\n${JSON.stringify({ id: 'b', text: 'Tea.' })}\n`,
    )
    const split = bytes.indexOf(Buffer.from('é')) + 1
    const items = await collect(['-'], { stdin: stdin(bytes.subarray(0, split), bytes.subarray(split)) })
    assert.deepEqual(
      items.map((item) => [item.input, item.kind === 'document' && item.text]),
      [
        ['stdin:2', 'Café talks resumed.'],
        ['stdin:3', 'Tea.'],
      ],
    )
  })

  it('yields the first record before the rest of the stream is read', async () => {
    let pulled = 0
    async function* source() {
      for (let i = 0; i < 10_000; i++) {
        pulled++
        yield Buffer.from(`${JSON.stringify({ id: `r${i}`, text: 'The port reopened.' })}\n`)
      }
    }
    const items = readInputs(['-'], { stdin: source() })
    const first = await items.next()
    assert.equal(first.value?.kind, 'document')
    // only the 8 KB sniffed to tell JSONL from text (about 170 of these chunks), not the 10 000 chunks
    assert.ok(pulled < 300, `pulled ${pulled} chunks before the first item`)
    await items.return(undefined)
  })

  it('reports empty input', async () => {
    assert.deepEqual(codes(await only('-', { stdin: stdin() })), ['input/empty'])
  })
})

describe('readInputs: size cap', () => {
  it('cuts a 50 MB text file at a paragraph boundary, quickly, with a warning', async () => {
    const path = join(temp, 'huge.txt')
    const paragraph = `${'The harbour board met again on Monday to discuss the dredging plan, members said. '.repeat(6)}\n\n`
    const copies = Math.ceil((50 * 1024 * 1024) / paragraph.length)
    writeFileSync(path, paragraph.repeat(copies))
    const started = performance.now()
    const item = await only(path)
    const elapsed = performance.now() - started
    assert.equal(item.kind, 'document')
    if (item.kind !== 'document') return
    assert.deepEqual(codes(item), ['input/truncated'])
    assert.ok(item.text.length <= 2_000_000)
    assert.ok(item.text.length > 1_900_000)
    assert.ok(item.text.endsWith('members said.'))
    assert.ok(elapsed < 3000, `took ${elapsed} ms`)
  })

  it('applies a smaller cap from the options', async () => {
    const item = await only(fixture('article.txt'), { maxChars: 200 })
    assert.equal(item.kind, 'document')
    if (item.kind !== 'document') return
    assert.deepEqual(codes(item), ['input/truncated'])
    assert.ok(item.text.length <= 200)
    // no paragraph or sentence ends in the second half of the cap: the cut falls between words
    assert.match(item.diagnostics[0]?.message ?? '', /cut at a word boundary/)
    assert.ok(readFileSync(fixture('article.txt'), 'utf8').startsWith(`${item.text} `))
  })
})

describe('readInputs: odd inputs', () => {
  it('names a file outside the working directory by its absolute path, never by one climbing out with ../', async () => {
    const path = join(temp, 'outside.txt')
    writeFileSync(path, 'Blinken met Lavrov in Bali on Saturday, officials said.')
    const item = await only(relative(process.cwd(), path))
    assert.ok(item.kind === 'document')
    assert.equal(item.meta.id, resolve(path))
    assert.doesNotMatch(item.meta.id, /\.\.\//)
  })

  it('reports a JSONL file with only blank lines as empty', async () => {
    const path = join(temp, 'blank.jsonl')
    writeFileSync(path, '\n  \n\n')
    const item = await only(path)
    assert.deepEqual(codes(item), ['input/empty'])
    assert.equal(item.kind === 'error' && item.id, idOf(path))
  })

  it('reports a directory without readable files as empty', async () => {
    const path = join(temp, 'nothing-here')
    mkdirSync(path, { recursive: true })
    writeFileSync(join(path, 'notes.md'), '# notes')
    assert.deepEqual(codes(await only(path)), ['input/empty'])
  })

  it('refuses a path that is neither a file nor a directory', {
    skip: process.platform === 'win32',
  }, async () => {
    assert.deepEqual(codes(await only('/dev/null')), ['input/unreadable'])
  })
})

describe('readInputs: size cap on HTML', () => {
  it('reads only the head of a huge page and says so', async () => {
    const path = join(temp, 'huge.html')
    const paragraph =
      '<p>The harbour board met again on Monday to discuss the dredging plan, members said.</p>\n'
    writeFileSync(path, `<html><body><article>${paragraph.repeat(2000)}</article></body></html>`)
    const item = await only(path, { maxChars: 2000 })
    assert.equal(item.kind, 'document')
    if (item.kind !== 'document') return
    assert.deepEqual(codes(item), ['input/truncated', 'input/truncated'])
    assert.match(
      item.diagnostics[0]?.message ?? '',
      /^page is \d+ bytes; only its first 32000 characters of HTML were read$/,
    )
    assert.ok(item.text.length <= 2000)
    assert.ok(item.text.endsWith('members said.'))
  })
})
