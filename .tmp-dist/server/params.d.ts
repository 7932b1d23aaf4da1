import { type EventStatus, type PloverType } from '../doc/layers.js';
/** The largest page a list endpoint returns. */
export declare const MAX_LIMIT = 500;
export declare const DEFAULT_LIMIT = 50;
/** A request the client got wrong: answered 400 with a message naming the parameter. */
export declare class BadRequest extends Error {
    readonly parameter: string;
    readonly name = "BadRequest";
    constructor(parameter: string, message: string);
}
/** How one query parameter is read: its kind decides the check and the parsed type. */
type ParamKind = 'text' | 'date' | 'limit' | 'offset' | 'type' | 'status';
interface ParsedKinds {
    text: string;
    date: string;
    limit: number;
    offset: number;
    type: PloverType;
    status: EventStatus;
}
type Spec = Readonly<Record<string, {
    readonly kind: ParamKind;
    readonly required?: boolean;
}>>;
/** The parsed parameters of a spec: present ones typed by kind; limit/offset always filled. */
export type Params<S extends Spec> = {
    -readonly [K in keyof S]?: ParsedKinds[S[K]['kind']];
};
/**
 * Reads the query string against a spec: unknown, repeated, malformed or missing required parameters are a
 * BadRequest naming the parameter. An empty value counts as absent (forms send `?type=`).
 */
export declare function parseParams<S extends Spec>(query: URLSearchParams, spec: S): Params<S>;
/** The page asked for, with defaults. */
export declare function pageOf(params: {
    limit?: number | undefined;
    offset?: number | undefined;
}): {
    limit: number;
    offset: number;
};
export declare const PAGE: {
    readonly limit: {
        readonly kind: "limit";
    };
    readonly offset: {
        readonly kind: "offset";
    };
};
export declare const ACTORS_PARAMS: {
    readonly limit: {
        readonly kind: "limit";
    };
    readonly offset: {
        readonly kind: "offset";
    };
    readonly search: {
        readonly kind: "text";
    };
};
export declare const EVENTS_PARAMS: {
    readonly limit: {
        readonly kind: "limit";
    };
    readonly offset: {
        readonly kind: "offset";
    };
    readonly actor: {
        readonly kind: "text";
    };
    readonly recipient: {
        readonly kind: "text";
    };
    readonly type: {
        readonly kind: "type";
    };
    readonly status: {
        readonly kind: "status";
    };
    readonly since: {
        readonly kind: "date";
    };
    readonly until: {
        readonly kind: "date";
    };
    readonly place: {
        readonly kind: "text";
    };
};
export declare const QUOTES_PARAMS: {
    readonly limit: {
        readonly kind: "limit";
    };
    readonly offset: {
        readonly kind: "offset";
    };
    readonly speaker: {
        readonly kind: "text";
    };
    readonly q: {
        readonly kind: "text";
    };
};
export declare const CONTACTS_PARAMS: {
    readonly a: {
        readonly kind: "text";
        readonly required: true;
    };
    readonly b: {
        readonly kind: "text";
        readonly required: true;
    };
    readonly since: {
        readonly kind: "date";
    };
    readonly until: {
        readonly kind: "date";
    };
};
export declare const NETWORK_PARAMS: {
    readonly since: {
        readonly kind: "date";
    };
    readonly until: {
        readonly kind: "date";
    };
    readonly limit: {
        readonly kind: "limit";
    };
};
export declare const NO_PARAMS: {};
export {};
