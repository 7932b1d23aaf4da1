// Copies non-TypeScript assets (JSON schema, YAML knowledge files) from src/ into dist/ after tsc.
import { cpSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const ASSET = /\.(json|ya?ml|txt|html|css|js|sql)$/
function copy(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) copy(path)
    else if (ASSET.test(name) && !name.endsWith('.d.ts')) cpSync(path, path.replace(/^src/, 'dist'))
  }
}
copy('src')
