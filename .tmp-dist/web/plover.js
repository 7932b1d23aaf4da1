// PLOVER event types grouped by what they say about a relationship, for colours and the legend.

const TONES = {
  AGREE: 'cooperation',
  CONSULT: 'cooperation',
  SUPPORT: 'cooperation',
  COOPERATE: 'cooperation',
  AID: 'cooperation',
  CONCEDE: 'cooperation',
  RETREAT: 'cooperation',
  REQUEST: 'neutral',
  ACCUSE: 'conflict',
  REJECT: 'conflict',
  THREATEN: 'conflict',
  PROTEST: 'conflict',
  SANCTION: 'conflict',
  MOBILIZE: 'conflict',
  COERCE: 'conflict',
  ASSAULT: 'conflict',
}

export const PLOVER_TYPES = Object.keys(TONES)
export const STATUSES = ['asserted', 'negated', 'hypothetical', 'future']

/** 'cooperation' | 'conflict' | 'neutral' */
export function toneOf(type) {
  return TONES[type] ?? 'neutral'
}

const STATUS_LABELS = {
  asserted: 'happened',
  negated: 'did not happen',
  hypothetical: 'hypothetical',
  future: 'planned',
}

export function statusLabel(status) {
  return STATUS_LABELS[status] ?? status
}
