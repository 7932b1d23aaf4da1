import type { ServerResponse } from 'node:http';
/**
 * The dashboard's files, beside this module's folder: `src/web/` when run from source (tsx), `dist/web/` after
 * the build copies the assets. Only the files listed at start-up are ever served, so no request path reaches
 * the file system.
 */
export declare function webDirectory(): string;
export interface StaticFiles {
    /** Serves the file for a URL path; false when there is none. */
    serve(pathname: string, response: ServerResponse, headOnly: boolean): Promise<boolean>;
}
export declare function createStaticFiles(directory?: string): StaticFiles;
