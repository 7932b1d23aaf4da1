import { type DomDocument, type DomElement, type DomNode, ELEMENT_NODE } from './dom.js'

/**
 * Words in a `class` or `id` that mark page furniture around an article: share bars, newsletter boxes,
 * related links, bylines and timestamps, comment counters, adverts. Matched as whole words of the attribute
 * split at spaces, dashes and underscores ("post-newsletter", "share-tools", "article-date").
 */
const FURNITURE_WORDS: ReadonlySet<string> = new Set(
  [
    'newsletter newsletters subscribe subscription signup promo promotion paywall cookie cookies consent',
    'share sharing sharebar social follow related recirc recirculation readmore outbrain taboola',
    'by byline author authors bio timestamp date meta published updated',
    'comments comment cmt disqus',
    'ad ads advert advertisement sponsor sponsored dfp',
    'caption credit credits tags breadcrumb breadcrumbs toolbar',
  ]
    .join(' ')
    .split(' '),
)

/** Furniture is short; a container with this much text is the article itself, whatever its class says. */
const MAX_FURNITURE_CHARS = 400
const ATTRIBUTE_WORD = /[^a-z0-9]+/

/** True for an element whose class or id names it as page furniture, whatever its size. */
export function hasFurnitureName(element: DomElement): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase()
  if (names.trim() === '') return false
  return names.split(ATTRIBUTE_WORD).some((word) => FURNITURE_WORDS.has(word))
}

/** True for a short element whose class or id names it as page furniture. */
export function isFurnitureBlock(element: DomElement): boolean {
  return hasFurnitureName(element) && (element.textContent ?? '').length <= MAX_FURNITURE_CHARS
}

/** Removes the page furniture from a parsed page. */
export function removeFurniture(document: DomDocument): void {
  for (const element of findNamedFurniture(document.documentElement)) element.remove()
}

/**
 * The furniture under `root`: furniture blocks (short, named as furniture), or with `anySize` any element
 * named as furniture (a long comment thread too), outermost only.
 */
export function findNamedFurniture(
  root: DomNode,
  options: { readonly anySize?: boolean } = {},
): DomElement[] {
  const isFurniture = options.anySize ? hasFurnitureName : isFurnitureBlock
  const found: DomElement[] = []
  const stack: DomNode[] = [root]
  while (stack.length > 0) {
    const children = (stack.pop() as DomNode).childNodes
    for (let i = 0; i < children.length; i++) {
      const child = children[i]
      if (child?.nodeType !== ELEMENT_NODE) continue
      if (isFurniture(child as DomElement)) found.push(child as DomElement)
      else stack.push(child)
    }
  }
  return found
}
