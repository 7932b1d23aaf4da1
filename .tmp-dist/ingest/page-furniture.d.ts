import { type DomDocument, type DomElement } from './dom.js';
/** True for a short element whose class or id names it as page furniture. */
export declare function isFurnitureBlock(element: DomElement): boolean;
/** Removes the page furniture from a parsed page, before Readability or the body fallback read it. */
export declare function removeFurniture(document: DomDocument): void;
