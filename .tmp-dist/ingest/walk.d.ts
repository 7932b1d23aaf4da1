/**
 * Readable files under a directory, recursively, in sorted order (by name within each directory); hidden
 * entries, `node_modules` and files of other kinds are skipped. Symbolic links to files are followed, links to
 * directories are not (no cycles).
 */
export declare function walkInputFiles(directory: string): AsyncGenerator<string>;
