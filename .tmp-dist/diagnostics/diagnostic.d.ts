import type { Span } from '../doc/span.js';
import type { DiagnosticCode } from './codes.js';
export type Severity = 'fatal' | 'warning' | 'info';
export interface Diagnostic {
    readonly code: DiagnosticCode;
    readonly severity: Severity;
    readonly message: string;
    readonly stage?: string;
    readonly span?: Span;
}
export declare function diagnostic(code: DiagnosticCode, severity: Severity, message: string, extra?: {
    stage?: string;
    span?: Span;
}): Diagnostic;
export declare function hasFatal(diagnostics: readonly Diagnostic[]): boolean;
