import { parseHTML } from 'linkedom'

/** The few DOM features ingestion uses, so that no DOM library types are needed (linkedom implements them). */
export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<DomNode>
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

export interface DomDocument {
  readonly title: string
  readonly body: DomElement | null
  readonly documentElement: DomElement
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

export const TEXT_NODE = 3
export const ELEMENT_NODE = 1

export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument
}
