export function isErrorRecord(record) {
    return 'error' in record;
}
//# sourceMappingURL=record.js.map