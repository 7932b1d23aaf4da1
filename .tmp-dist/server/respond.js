/** Headers on every response: the dashboard loads only its own scripts and styles, and never in a frame. */
export const SECURITY_HEADERS = {
    'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
};
export function sendJson(response, status, body, headers = {}) {
    const json = JSON.stringify(body);
    response.writeHead(status, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(json),
        'Cache-Control': 'no-store',
        ...headers,
    });
    response.end(json);
}
/** An error answer: `{ error: { status, message, parameter? } }`. */
export function sendError(response, status, message, extra = {}, headers = {}) {
    sendJson(response, status, { error: { status, message, ...extra } }, headers);
}
//# sourceMappingURL=respond.js.map