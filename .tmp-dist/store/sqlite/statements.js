export function statements(db) {
    const cache = new Map();
    return {
        db,
        get(sql) {
            let statement = cache.get(sql);
            if (!statement) {
                statement = db.prepare(sql);
                cache.set(sql, statement);
            }
            return statement;
        },
    };
}
/** `?, ?, ?` for an IN list of n values. */
export function placeholders(n) {
    return Array.from({ length: n }, () => '?').join(', ');
}
//# sourceMappingURL=statements.js.map