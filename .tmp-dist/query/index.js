export { CONTACT_TYPES, contacts, summariseContacts, } from './contacts.js';
export { EXPORT_FORMATS, exportRecords, isExportFormat, } from './export.js';
export { csv, formatActors, formatContacts, formatDocument, formatEvents, formatQuotes, isOutputFormat, OUTPUT_FORMATS, } from './format.js';
export { QUAD_CODES, toPloverRecord } from './plover-export.js';
export { DEFAULT_PAGE_SIZE, queryActors, queryDocument, queryEvents, queryQuotes, } from './queries.js';
export { resolveActors } from './resolve-actors.js';
//# sourceMappingURL=index.js.map