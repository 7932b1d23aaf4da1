import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { captureOutput } from '../../test/helpers/capture-output.js'
import { runCli } from './cli.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-kb-'))
after(() => rmSync(dir, { recursive: true, force: true }))

const LINES = [
  {
    name: 'Ilse Marwood',
    aliases: ['Marwood'],
    roles: [{ role: 'Foreign Minister', country: 'NOR', sector: 'GOV', start: '2031-02-01', end: null }],
  },
  { kind: 'organization', name: 'Harbour Forum', type: 'ngo', sector: 'NGO', country: 'GRC' },
  { name: 'Odd Entry', roles: [{ role: 'King', country: 'XXX', sector: 'GOV', start: '2019-03-20' }] },
  { name: 'Late Entry', roles: [{ role: 'Mayor', country: 'NOR', sector: 'CITY', start: '2019-03-20' }] },
]

describe('parley kb', () => {
  it('lookup says what is known and why, and fails on a name nobody knows', async () => {
    const known = await captureOutput(() =>
      runCli(['kb', 'lookup', 'Sergei', 'Lavrov', '--date', '2022-07-08']),
    )
    assert.equal(known.code, 0)
    assert.match(
      known.out,
      /^Sergei Lavrov on 2022-07-08\nextraction uses:\n {2}Sergei Lavrov \(person, [^)]+\): RUS GOV, Foreign Minister \[in office\] — source \w+/,
    )
    const json = await captureOutput(() => runCli(['kb', 'lookup', 'Russia', '--format', 'json']))
    assert.ok(
      (JSON.parse(json.out) as { phrases: { type: string; code?: string }[] }).phrases.some(
        (p) => p.code === 'RUS',
      ),
    )
    const unknown = await captureOutput(() => runCli(['kb', 'lookup', 'Qzxwv Unheardof']))
    assert.deepEqual([unknown.code, unknown.err], [1, 'parley kb: nothing known about "Qzxwv Unheardof"\n'])
    assert.equal((await captureOutput(() => runCli(['kb', 'lookup', 'X', '--date', '2022-02-30']))).code, 2)
  })

  it('import keeps what validates, names each dropped line, and its file works with --kb', async () => {
    const input = join(dir, 'mine.jsonl')
    const out = join(dir, 'mine-kb.json')
    writeFileSync(input, `${LINES.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n`)
    const imported = await captureOutput(() => runCli(['kb', 'import', input, '--out', out]))
    assert.equal(imported.code, 0)
    assert.match(
      imported.err,
      /mine\.jsonl:3: dropped: role "King": country "XXX" is not an ISO alpha-3 code/,
    )
    assert.match(imported.err, /mine\.jsonl:4: dropped: role "Mayor": sector "CITY" is not a PLOVER sector/)
    assert.match(imported.err, /mine\.jsonl:5: dropped: not JSON/)
    assert.match(imported.err, /wrote .*mine-kb\.json: 1 people, 1 organisation\(s\); 3 line\(s\) dropped/)
    const file = JSON.parse(readFileSync(out, 'utf8')) as { people: { id: string; terms: unknown[] }[] }
    assert.equal(file.people[0]?.id, 'ilse-marwood')
    const before = await captureOutput(() => runCli(['kb', 'lookup', 'Marwood', '--date', '2031-06-01']))
    assert.equal(before.code, 1)
    const after = await captureOutput(() =>
      runCli(['kb', 'lookup', 'Marwood', '--date', '2031-06-01', '--kb', out]),
    )
    assert.match(after.out, /Ilse Marwood: Foreign Minister, NOR GOV, 2031-02-01 – now \[in office\]/)
  })

  it('import refuses a missing file and a file with nothing to import', async () => {
    const missing = await captureOutput(() => runCli(['kb', 'import', join(dir, 'none.jsonl')]))
    assert.equal(missing.code, 1)
    assert.match(missing.err, /none\.jsonl: no such file/)
    const empty = join(dir, 'empty.jsonl')
    writeFileSync(empty, '{"name": "x"}\n')
    const nothing = await captureOutput(() => runCli(['kb', 'import', empty, '--out', join(dir, 'e.json')]))
    assert.equal(nothing.code, 1)
    assert.match(nothing.err, /nothing to import \(1 line\(s\) dropped\)/)
    assert.equal(existsSync(join(dir, 'e.json')), false)
  })
})
