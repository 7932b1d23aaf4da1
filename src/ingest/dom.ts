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
  remove(): void
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

/** How deep elements nest under `root` (iteratively: a broken page may nest thousands of unclosed tags). */
export function nestingDepth(root: DomNode, stopAt: number): number {
  let deepest = 0
  const stack: [DomNode, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [DomNode, number]
    if (depth > deepest) {
      deepest = depth
      if (deepest >= stopAt) return deepest
    }
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) {
      const child = children[i]
      if (child?.nodeType === ELEMENT_NODE) stack.push([child, depth + 1])
    }
  }
  return deepest
}
