/** The few DOM features ingestion uses, so that no DOM library types are needed (linkedom implements them). */
export interface DomNode {
    readonly nodeType: number;
    readonly nodeName: string;
    readonly textContent: string | null;
    readonly childNodes: ArrayLike<DomNode>;
}
export interface DomElement extends DomNode {
    getAttribute(name: string): string | null;
    querySelector(selector: string): DomElement | null;
    querySelectorAll(selector: string): ArrayLike<DomElement>;
    remove(): void;
}
export interface DomDocument {
    readonly title: string;
    readonly body: DomElement | null;
    readonly documentElement: DomElement;
    querySelector(selector: string): DomElement | null;
    querySelectorAll(selector: string): ArrayLike<DomElement>;
}
export declare const TEXT_NODE = 3;
export declare const ELEMENT_NODE = 1;
export declare function parseDocument(html: string): DomDocument;
/** How deep elements nest under `root` (iteratively: a broken page may nest thousands of unclosed tags). */
export declare function nestingDepth(root: DomNode, stopAt: number): number;
