export function diagnostic(code, severity, message, extra = {}) {
    return { code, severity, message, ...extra };
}
export function hasFatal(diagnostics) {
    return diagnostics.some((d) => d.severity === 'fatal');
}
//# sourceMappingURL=diagnostic.js.map