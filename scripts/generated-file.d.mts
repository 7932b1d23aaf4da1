/** `text` is what `script` generates for `target`: write it, or with --check compare and exit 1 when stale. */
export function writeOrCheck(target: string, text: string, script: string): void
