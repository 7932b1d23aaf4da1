import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject } from 'ajv'

let validator: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null | undefined } = null as never

/** The published JSON Schema of a Parley record (src/record/schema.json). */
export function recordSchema(): object {
  return JSON.parse(readFileSync(new URL('./schema.json', import.meta.url), 'utf8')) as object
}

/** Validates a record (or error record) against the schema; returns the problems, empty when valid. */
export function validateRecord(record: unknown): string[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(recordSchema())
  if (validator(record)) return []
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
}
