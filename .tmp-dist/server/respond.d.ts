import type { ServerResponse } from 'node:http';
/** Headers on every response: the dashboard loads only its own scripts and styles, and never in a frame. */
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare function sendJson(response: ServerResponse, status: number, body: unknown, headers?: Readonly<Record<string, string>>): void;
/** An error answer: `{ error: { status, message, parameter? } }`. */
export declare function sendError(response: ServerResponse, status: number, message: string, extra?: Readonly<Record<string, unknown>>, headers?: Readonly<Record<string, string>>): void;
