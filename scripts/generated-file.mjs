// Writes a generated file, or with --check only verifies that the committed copy is up to date.
import { readFileSync, writeFileSync } from 'node:fs'

/** `text` is what `script` generates for `target`: write it, or with --check compare and exit 1 when stale. */
export function writeOrCheck(target, text, script) {
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(target, 'utf8')
    } catch {}
    if (current !== text) {
      console.error(`${target} is out of date: run node ${script}`)
      process.exit(1)
    }
    console.log(`${target} is up to date`)
  } else {
    writeFileSync(target, text)
    console.log(`wrote ${target}: ${Buffer.byteLength(text)} bytes`)
  }
}
