import { createServer as createHttpServer, } from 'node:http';
import { apiRoutes } from './api-routes.js';
import { ingestRoute } from './ingest-route.js';
import { BadRequest } from './params.js';
import { sendError } from './respond.js';
import { createRouter } from './router.js';
import { createStaticFiles } from './static-files.js';
import { createStoreIngest } from './store-ingest.js';
import { createStoreReadModel } from './store-read-model.js';
/**
 * The Parley HTTP server: the JSON API under /api/ and the dashboard at /. Not listening yet: call
 * `listen(port, host)` (port 0 picks a free port, as the tests do).
 */
export function createServer(options) {
    const model = options.readModel ?? createStoreReadModel(options.store);
    const token = options.token === undefined || options.token === '' ? null : options.token;
    const onError = options.onError ??
        ((error) => process.stderr.write(`parley serve: ${String(error instanceof Error ? error.stack : error)}\n`));
    const route = createRouter([
        ...apiRoutes(model),
        ingestRoute({
            token,
            ingest: options.ingest ?? createStoreIngest(options.store),
            onIngested: () => model.invalidate?.(),
        }),
    ]);
    const files = createStaticFiles(options.webDirectory);
    const allowedHosts = options.allowedHosts ? new Set(options.allowedHosts.map((h) => h.toLowerCase())) : null;
    return createHttpServer((request, response) => {
        if (allowedHosts && !allowedHosts.has(hostName(request.headers.host))) {
            sendError(response, 421, 'this server does not answer to that host name');
            return;
        }
        handle(request, response, route, files).catch((error) => {
            onError(error);
            if (!response.headersSent)
                sendError(response, 500, 'internal error');
            else
                response.destroy();
        });
    });
}
/** The host name of a Host header, lower-cased, without its port: `[::1]:8080` → `[::1]`. */
export function hostName(header) {
    const host = (header ?? '').trim().toLowerCase();
    const match = /^(\[[^\]]*\]|[^:]*)/.exec(host);
    return match?.[1] ?? '';
}
/** The host names of this machine's loopback interface. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
async function handle(request, response, route, files) {
    const method = request.method ?? 'GET';
    let url;
    try {
        url = new URL(request.url ?? '/', 'http://localhost');
    }
    catch {
        sendError(response, 400, 'malformed request URL');
        return;
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        const match = route(method, url.pathname);
        if (match.kind === 'not-found') {
            sendError(response, 404, `no API route ${url.pathname}`);
            return;
        }
        if (match.kind === 'wrong-method') {
            sendError(response, 405, `method ${method} is not allowed here`, {}, { Allow: match.allowed.join(', ') });
            return;
        }
        try {
            await match.handler({ request, response, url, pathParams: match.pathParams });
        }
        catch (error) {
            if (!(error instanceof BadRequest))
                throw error;
            sendError(response, 400, error.message, { parameter: error.parameter });
        }
        return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
        sendError(response, 405, `method ${method} is not allowed here`, {}, { Allow: 'GET, HEAD' });
        return;
    }
    if (!(await files.serve(url.pathname, response, method === 'HEAD'))) {
        sendError(response, 404, `no page ${url.pathname}`);
    }
}
//# sourceMappingURL=server.js.map