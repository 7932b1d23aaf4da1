/**
 * The actor knowledge base and gazetteer: countries (names, aliases, demonyms, seats of government),
 * organisations, regions and landmarks, cities, English role titles and dated office-holders, as a
 * `Knowledge` instance (`createKnowledge`, `defaultKnowledge`) that the stages get in their context.
 *
 * Typical use by the mention stage: build the phrase from a run of tokens, `normalizeKey` it, then
 * `ctx.knowledge.lookupPhrase(key, surface)`.
 */
export {
  createKnowledge,
  defaultKnowledge,
  type Knowledge,
  KnowledgeError,
  type KnowledgeOptions,
} from './knowledge.js'
export { normalizeKey } from './normalize-key.js'
export type { OfficeHolderEntry, OfficeHolders, OfficeHolding } from './office-holders.js'
export { MAX_PHRASE_WORDS } from './phrase-index.js'
export { ROLE_MAX_WORDS, type RoleInfo } from './roles.js'
export type {
  CountryHit,
  CountryInfo,
  KbHit,
  OrganizationHit,
  OrganizationKind,
  PlaceHit,
  PlaceKind,
  SeatHit,
  SeatSector,
  Sector,
} from './types.js'
export type { UserKnowledge } from './user-knowledge.js'
