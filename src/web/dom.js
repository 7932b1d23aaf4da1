// DOM helpers. Text from articles only ever reaches the page through text nodes (never innerHTML), so a quote
// that contains markup is shown as the characters it is.

/**
 * Creates an element. `props` keys: `class`, `title`, `href` (only '#…' or http(s) URLs), `on<event>` handlers,
 * `data-*`, `aria-*`, `role`, `type`, `value`, `placeholder`, `name`, `for`, `id`, `list`, `autocomplete`.
 * Children: nodes, strings (as text), numbers, null/undefined/false (skipped) or arrays of these.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag)
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue
    if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value)
    else if (key === 'href') element.setAttribute('href', safeHref(String(value)))
    else if (key === 'value') element.value = String(value)
    else if (SAFE_ATTRIBUTES.has(key) || key.startsWith('data-') || key.startsWith('aria-')) {
      element.setAttribute(key, value === true ? '' : String(value))
    } else throw new Error(`h(): attribute "${key}" is not allowed`)
  }
  append(element, children)
  return element
}

const SAFE_ATTRIBUTES = new Set([
  'class',
  'title',
  'role',
  'type',
  'placeholder',
  'name',
  'for',
  'id',
  'list',
  'autocomplete',
  'tabindex',
  'target',
  'rel',
  'disabled',
  'spellcheck',
  'download',
])

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    if (Array.isArray(child)) append(element, child)
    else if (child instanceof Node) element.appendChild(child)
    else element.appendChild(document.createTextNode(String(child)))
  }
}

/** Only in-page routes and http(s) addresses become links; anything else (javascript:, data:) goes nowhere. */
export function safeHref(value) {
  if (value.startsWith('#')) return value
  try {
    const url = new URL(value, window.location.href)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#'
  } catch {
    return '#'
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg'

/** Creates an SVG element with plain attributes (numbers and strings from our own layout code). */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag)
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue
    if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value)
    else element.setAttribute(key, String(value))
  }
  append(element, children)
  return element
}

/** Replaces the children of an element. */
export function mount(element, ...children) {
  element.replaceChildren()
  append(element, children)
  return element
}

/** A route link: `#/view?key=value` with the values encoded. */
export function route(path, params = {}) {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value))
  }
  const search = query.toString()
  return `#/${path}${search ? `?${search}` : ''}`
}
