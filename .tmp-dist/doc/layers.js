export const MENTION_TYPES = [
    'person',
    'organization',
    'country',
    'group',
    'place',
    'pronoun',
    'nominal',
];
export const ACTOR_KINDS = ['person', 'organization', 'country', 'group'];
export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'];
export const PLOVER_TYPES = [
    'AGREE',
    'CONSULT',
    'SUPPORT',
    'CONCEDE',
    'COOPERATE',
    'AID',
    'RETREAT',
    'REQUEST',
    'ACCUSE',
    'REJECT',
    'THREATEN',
    'PROTEST',
    'SANCTION',
    'MOBILIZE',
    'COERCE',
    'ASSAULT',
];
export const EVENT_STATUSES = ['asserted', 'negated', 'hypothetical', 'future'];
//# sourceMappingURL=layers.js.map