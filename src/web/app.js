// The dashboard shell: a hash router over the views, and the corpus figures in the header.
import { api } from './api.js'
import { renderArticle } from './article.js'
import { renderContacts } from './contacts.js'
import { h, mount } from './dom.js'
import { renderEvents } from './events.js'
import { renderAlerts, renderFeeds, renderNewEvents, showNewSince } from './monitor.js'
import { renderNetwork } from './network.js'
import { renderQuotes } from './quotes.js'

const VIEWS = {
  network: (main, _rest, params) => renderNetwork(main, params),
  actor: (main, _rest, params) => renderNetwork(main, params),
  contacts: (main, _rest, params) => renderContacts(main, params),
  events: (main, _rest, params) => renderEvents(main, params),
  quotes: (main, _rest, params) => renderQuotes(main, params),
  article: (main, rest, params) => renderArticle(main, rest, params),
  feeds: (main) => renderFeeds(main),
  alerts: (main) => renderAlerts(main),
  new: (main) => renderNewEvents(main),
}

/** `#/article/abc%2F1?start=3` → { view: 'article', rest: 'abc/1', params } */
export function parseHash(hash) {
  const text = hash.replace(/^#\/?/, '')
  const question = text.indexOf('?')
  const path = question < 0 ? text : text.slice(0, question)
  const params = new URLSearchParams(question < 0 ? '' : text.slice(question + 1))
  const slash = path.indexOf('/')
  const view = slash < 0 ? path : path.slice(0, slash)
  const rest = slash < 0 ? '' : decodeURIComponent(path.slice(slash + 1))
  return { view: view || 'network', rest, params }
}

let generation = 0

async function render() {
  const main = document.getElementById('main')
  const { view, rest, params } = parseHash(window.location.hash)
  const renderView = VIEWS[view]
  for (const link of document.querySelectorAll('.nav a[data-view]')) {
    if (!(link instanceof HTMLElement)) continue
    link.classList.toggle('active', link.dataset.view === (view === 'actor' ? 'network' : view))
  }
  const hash = window.location.hash || '#/'
  const mine = ++generation
  if (!renderView) {
    mount(
      main,
      h('p', { class: 'error' }, 'No such page. ', h('a', { href: '#/network' }, 'Back to the network')),
    )
    return
  }
  // each render gets its own container: a view that finishes after the user moved on writes into a detached one
  const container = h('div', { class: 'view-container' })
  mount(main, container)
  await renderView(container, rest, params)
  // tests and scripts wait for this: the address whose view has finished loading
  if (mine === generation) document.body.dataset.ready = hash
}

async function showStats() {
  const target = document.getElementById('stats')
  try {
    const health = await api('health')
    const s = health.stats
    mount(
      target,
      `${s.documents} articles · ${s.events} events · ${s.quotes} quotations · ${s.actors} actors`,
    )
  } catch {
    mount(target, 'database unavailable')
  }
}

window.addEventListener('hashchange', () => {
  delete document.body.dataset.ready
  render()
})
render()
showStats()
showNewSince(document.getElementById('new-since'))
