export {
  CONTACT_TYPES,
  type ContactParty,
  type ContactsOptions,
  type ContactsResult,
  type ContactsSummary,
  contacts,
  MAX_LISTED_ACTORS,
  summariseContacts,
} from './contacts.js'
export {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  exportRecords,
  isExportFormat,
} from './export.js'
export {
  csv,
  formatActors,
  formatContacts,
  formatDocument,
  formatEvents,
  formatQuotes,
  isOutputFormat,
  OUTPUT_FORMATS,
  type OutputFormat,
  triggerSnippet,
} from './format.js'
export {
  type ActorDetails,
  type StoredPloverEntity,
  type StoredPloverRecord,
  toStoredPloverRecord,
} from './plover-export.js'
export {
  type ActorFilters,
  DEFAULT_PAGE_SIZE,
  type EventFilters,
  noActorMatches,
  type QuoteFilters,
  queryActors,
  queryDocument,
  queryEvents,
  queryQuotes,
  totalOfActors,
  totalOfEvents,
  totalOfQuotes,
  unmatchedNames,
} from './queries.js'
export { type ResolvedParty, resolveActors } from './resolve-actors.js'
