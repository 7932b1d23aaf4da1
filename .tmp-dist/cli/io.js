/** Thrown for bad command lines: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
    name = 'UsageError';
}
/** One line per diagnostic: `input: code message` (the CLI's error format). */
export function formatDiagnostic(input, d) {
    return `${input}: ${d.code} ${d.message.replace(/\s+/g, ' ')}`;
}
/** Writes to stdout, waiting when the pipe is full so a large batch never piles up in memory. */
export async function writeOut(chunk) {
    if (!process.stdout.write(chunk)) {
        await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
}
export function writeErr(line) {
    process.stderr.write(`${line}\n`);
}
//# sourceMappingURL=io.js.map