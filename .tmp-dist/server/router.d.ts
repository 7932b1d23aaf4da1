import type { IncomingMessage, ServerResponse } from 'node:http';
export type Method = 'GET' | 'POST';
export interface RouteContext {
    readonly request: IncomingMessage;
    readonly response: ServerResponse;
    readonly url: URL;
    /** Values of the `:name` segments of the route pattern, decoded. */
    readonly pathParams: Readonly<Record<string, string>>;
}
export type Handler = (context: RouteContext) => void | Promise<void>;
export interface Route {
    readonly method: Method;
    /** A path like `/api/documents/:id`; a `:name` segment matches one non-empty path segment. */
    readonly pattern: string;
    readonly handler: Handler;
}
export type Match = {
    readonly kind: 'found';
    readonly handler: Handler;
    readonly pathParams: Record<string, string>;
} | {
    readonly kind: 'wrong-method';
    readonly allowed: readonly Method[];
} | {
    readonly kind: 'not-found';
};
/** A tiny router: exact segment matching with `:name` parameters, 405 when only the method differs. */
export declare function createRouter(routes: readonly Route[]): (method: string, pathname: string) => Match;
