// PLOVER event types and statuses as the server's one table of type facts states them (GET /api/types),
// loaded once before any view is drawn.
import { api } from './api.js'

const { types, statuses } = await api('types')

const TONES = Object.fromEntries(types.map((t) => [t.type, t.tone]))
const STATUS_LABELS = Object.fromEntries(statuses.map((s) => [s.status, s.label]))

export const PLOVER_TYPES = types.map((t) => t.type)
export const STATUSES = statuses.map((s) => s.status)

/** 'cooperation' | 'conflict' | 'neutral' */
export function toneOf(type) {
  return TONES[type] ?? 'neutral'
}

export function statusLabel(status) {
  return STATUS_LABELS[status] ?? status
}
