import { readFileSync } from 'node:fs'
import { PLOVER_TYPES, type PloverType } from '../../doc/layers.js'

/**
 * CAMEO event codes → PLOVER event, mode and context: the OEDA table CAMEO2PLOVER-2021 (CC BY-SA 4.0), written
 * to data/cameo-plover.json by scripts/import-petrarch-verbs.ts. CAMEO 01 (public statements) and 02
 * (appeals) have no PLOVER category.
 */
export interface PloverOfCameo {
  readonly type: PloverType
  readonly mode: string | null
  readonly context: string | null
}

const TYPES: ReadonlySet<string> = new Set(PLOVER_TYPES)
let table: ReadonlyMap<string, PloverOfCameo> | null = null

function loadTable(): ReadonlyMap<string, PloverOfCameo> {
  const url = new URL('./data/cameo-plover.json', import.meta.url)
  const file = JSON.parse(readFileSync(url, 'utf8')) as { codes?: Record<string, PloverOfCameo> }
  const map = new Map<string, PloverOfCameo>()
  for (const [code, value] of Object.entries(file.codes ?? {})) {
    if (!TYPES.has(value.type))
      throw new Error(`cameo-plover.json: ${code} maps to unknown type ${value.type}`)
    map.set(code, value)
  }
  return map
}

/** The PLOVER reading of a CAMEO code ("0231", "042"), by the code or its three-digit parent; null if none. */
export function ploverOfCameo(code: string): PloverOfCameo | null {
  table ??= loadTable()
  const digits = code.trim()
  return table.get(digits) ?? (digits.length === 4 ? table.get(digits.slice(0, 3)) : undefined) ?? null
}
