// The engagement network: who engages whom, edges coloured by cooperation vs conflict, dashed where the
// contact is stated not to have happened. Clicking an actor lists its counterparts; a counterpart opens the
// dyad timeline.
import { api } from './api.js'
import { h, mount, route, svg } from './dom.js'
import { forceLayout } from './layout.js'
import { toneOf } from './plover.js'
import { errorState } from './records.js'

const WIDTH = 900
const HEIGHT = 620
const TONES = ['cooperation', 'conflict', 'neutral']
/** Names always written beside their node; the others show on hover (and when selected or adjacent). */
const LABELLED_NODES = 40
const NODE_CHOICES = [20, 40, 80]
const DEFAULT_NODES = 40
const KINDS = [
  ['person', 'people'],
  ['country', 'countries'],
  ['organization', 'organisations'],
  ['group', 'groups'],
]

export async function renderNetwork(main, params) {
  const selected = params.get('id') ?? ''
  const since = params.get('since') ?? ''
  const until = params.get('until') ?? ''
  const nodes = NODE_CHOICES.includes(Number(params.get('nodes')))
    ? Number(params.get('nodes'))
    : DEFAULT_NODES
  const kind = KINDS.some(([k]) => k === params.get('kind')) ? params.get('kind') : ''
  const country = (params.get('country') ?? '').trim().toUpperCase()
  const figure = h('div', { class: 'network-canvas' }, h('p', { class: 'loading' }, 'Drawing the network…'))
  const side = h('aside', { class: 'side-panel', 'aria-live': 'polite' })
  mount(
    main,
    h(
      'section',
      { class: 'view view-network' },
      h(
        'header',
        { class: 'view-head' },
        h('h1', {}, 'Who engages whom'),
        h(
          'p',
          { class: 'lede' },
          'Each line joins two actors that meet, call, agree, accuse or sanction each other in the articles. ',
          'Click an actor to see its counterparts, then a counterpart for their timeline.',
        ),
        networkFilter({ since, until, nodes, kind, country }, (next) => {
          window.location.hash = route('network', { ...next, id: selected })
        }),
      ),
      h('div', { class: 'network-layout' }, figure, side),
      legend(),
    ),
  )
  let network
  try {
    network = shownPart(await api('network', { since, until, limit: nodes }), { kind, country })
  } catch (error) {
    mount(figure, errorState(error))
    return
  }
  // ids arrive as numbers and the selection as text from the address: compare them as text
  for (const node of network.nodes) node.id = String(node.id)
  for (const edge of network.edges) {
    edge.a = String(edge.a)
    edge.b = String(edge.b)
  }
  if (network.nodes.length === 0) {
    mount(
      figure,
      h(
        'div',
        { class: 'empty' },
        h('p', {}, 'No engagements stored yet.'),
        h('p', { class: 'muted' }, 'Ingest articles with "parley ingest <files…>" and reload this page.'),
      ),
    )
    mount(side)
    return
  }
  const select = (id) => {
    window.location.hash = route('network', {
      id,
      since,
      until,
      nodes: nodes === DEFAULT_NODES ? '' : nodes,
      kind,
      country,
    })
  }
  mount(figure, drawNetwork(network, selected, select))
  if (!selected) mount(side, overviewPanel(network, select))
  else if (network.nodes.some((node) => node.id === selected))
    mount(side, actorPanel(network, selected, { since, until }))
  else mount(side, await outsidePanel(selected, { since, until }))
}

/**
 * The panel for an actor outside the drawn network (fewer events than the most engaged): its counterparts are
 * counted from its own events.
 */
async function outsidePanel(id, dates) {
  let pages
  try {
    pages = await Promise.all([
      api('events', { actor: id, ...dates, limit: 500 }),
      api('events', { recipient: id, ...dates, limit: 500 }),
    ])
  } catch (error) {
    return errorState(error)
  }
  const seen = new Set()
  const nodes = new Map()
  const edges = new Map()
  for (const event of pages.flatMap((page) => page.items)) {
    if (seen.has(event.id)) continue
    seen.add(event.id)
    const parties = [...event.actor, ...event.recipient]
    for (const party of parties) nodes.set(String(party.id), { ...party, id: String(party.id), events: 0 })
    for (const party of parties) {
      const other = String(party.id)
      if (other === id) continue
      const edge = edges.get(other) ?? {
        a: id,
        b: other,
        total: 0,
        cooperation: 0,
        conflict: 0,
        neutral: 0,
        negated: 0,
      }
      edge.total++
      edge[toneOf(event.type)]++
      if (event.status === 'negated') edge.negated++
      edges.set(other, edge)
    }
  }
  const self = nodes.get(id)
  if (!self) return h('p', { class: 'muted' }, 'This actor has no events in the selected period.')
  self.events = seen.size
  return actorPanel({ nodes: [...nodes.values()], edges: [...edges.values()] }, id, dates)
}

/**
 * The part of the network a kind or country filter keeps: the actors of that kind and/or country, and the
 * lines between them (a country filter keeps the country's own actors, the country included).
 */
export function shownPart(network, { kind, country }) {
  if (!kind && !country) return network
  const kept = network.nodes.filter(
    (node) => (!kind || node.kind === kind) && (!country || node.country === country),
  )
  const ids = new Set(kept.map((node) => String(node.id)))
  return {
    ...network,
    nodes: kept,
    edges: network.edges.filter((edge) => ids.has(String(edge.a)) && ids.has(String(edge.b))),
  }
}

function networkFilter(current, apply) {
  const sinceInput = h('input', { type: 'date', name: 'since', value: current.since, 'aria-label': 'since' })
  const untilInput = h('input', { type: 'date', name: 'until', value: current.until, 'aria-label': 'until' })
  const nodesSelect = h(
    'select',
    { name: 'nodes', 'aria-label': 'actors shown' },
    NODE_CHOICES.map((n) => {
      const option = h('option', { value: n }, `${n} actors`)
      if (n === current.nodes) option.selected = true
      return option
    }),
  )
  const kindSelect = h(
    'select',
    { name: 'kind', 'aria-label': 'kind of actor' },
    h('option', { value: '' }, 'all kinds'),
    KINDS.map(([value, label]) => h('option', { value }, label)),
  )
  kindSelect.value = current.kind
  const countryInput = h('input', {
    type: 'search',
    name: 'country',
    value: current.country,
    placeholder: 'any',
    'aria-label': 'country code',
    class: 'short',
  })
  return h(
    'form',
    {
      class: 'filters inline',
      onsubmit: (event) => {
        event.preventDefault()
        const nodes = Number(nodesSelect.value)
        apply({
          since: sinceInput.value,
          until: untilInput.value,
          nodes: nodes === DEFAULT_NODES ? '' : nodes,
          kind: kindSelect.value,
          country: countryInput.value.trim().toUpperCase(),
        })
      },
    },
    h('label', {}, 'From ', sinceInput),
    h('label', {}, 'to ', untilInput),
    h('label', {}, 'Show ', nodesSelect),
    h('label', {}, 'of ', kindSelect),
    h('label', {}, 'country ', countryInput),
    h('button', { type: 'submit' }, 'Apply'),
  )
}

function drawNetwork(network, selected, select) {
  const positions = forceLayout(
    network.nodes.map((node) => ({ id: node.id, weight: node.events })),
    network.edges,
    WIDTH,
    HEIGHT,
  )
  const maxEvents = Math.max(1, ...network.nodes.map((node) => node.events))
  const labelled = new Set(
    [...network.nodes]
      .sort((x, y) => y.events - x.events)
      .slice(0, LABELLED_NODES)
      .map((node) => node.id),
  )
  const neighbours = new Set()
  for (const edge of network.edges) {
    if (edge.a === selected) neighbours.add(edge.b)
    if (edge.b === selected) neighbours.add(edge.a)
  }
  const edgeLayer = svg('g', { class: 'edges' })
  for (const edge of network.edges) {
    const p = positions.get(edge.a)
    const q = positions.get(edge.b)
    if (!p || !q) continue
    const involved = selected === '' || edge.a === selected || edge.b === selected
    const tones = TONES.filter((tone) => edge[tone] > 0)
    tones.forEach((tone, i) => {
      const bend = (i - (tones.length - 1) / 2) * 18
      const count = edge[tone]
      const notHappened = edge.negatedByTone?.[tone] ?? 0
      const allNegated = notHappened === count
      edgeLayer.appendChild(
        svg(
          'path',
          {
            d: curve(p, q, bend),
            class: `edge tone-${tone}${allNegated ? ' negated' : ''}${involved ? '' : ' faded'}`,
            'stroke-width': (1.2 + Math.log2(1 + count) * 1.3).toFixed(2),
          },
          svg('title', {}, edgeTitle(network, edge, tone, count, notHappened)),
        ),
      )
      if (notHappened > 0 && !allNegated) {
        const mid = midpoint(p, q, bend)
        edgeLayer.appendChild(
          svg(
            'text',
            { x: mid.x, y: mid.y + 4, class: `edge-cross tone-${tone}${involved ? '' : ' faded'}` },
            '×',
          ),
        )
      }
    })
  }
  const nodeLayer = svg('g', { class: 'nodes' })
  for (const node of network.nodes) {
    const p = positions.get(node.id)
    if (!p) continue
    const r = 5 + 11 * Math.sqrt(node.events / maxEvents)
    const state = node.id === selected ? ' selected' : selected && !neighbours.has(node.id) ? ' faded' : ''
    const group = svg(
      'g',
      {
        class: `node kind-${node.kind}${state}`,
        transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`,
        tabindex: 0,
        role: 'button',
        'data-actor': node.id,
        'aria-label': `${node.name}, ${node.events} events`,
        onclick: () => select(node.id),
        onkeydown: (event) => {
          if (event.key === 'Enter' || event.key === ' ') select(node.id)
        },
      },
      svg('circle', { r: r.toFixed(1) }),
      labelled.has(node.id) || node.id === selected || neighbours.has(node.id)
        ? svg('text', { class: 'label', y: (-r - 5).toFixed(1), 'text-anchor': labelAnchor(p.x) }, node.name)
        : null,
      svg(
        'title',
        {},
        `${node.name} (${node.kind}${node.country ? `, ${node.country}` : ''}): ${node.events} events`,
      ),
    )
    nodeLayer.appendChild(group)
  }
  return svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'network', role: 'img', 'aria-label': 'engagement network' },
    edgeLayer,
    nodeLayer,
  )
}

/** Names near the sides of the canvas run inwards so they are not cut off. */
function labelAnchor(x) {
  if (x > WIDTH - 120) return 'end'
  if (x < 120) return 'start'
  return 'middle'
}

function curve(p, q, bend) {
  const mid = midpoint(p, q, bend * 2)
  return `M${p.x.toFixed(1)},${p.y.toFixed(1)} Q${mid.x.toFixed(1)},${mid.y.toFixed(1)} ${q.x.toFixed(1)},${q.y.toFixed(1)}`
}

/** The point `bend` pixels off the middle of p–q, perpendicular to it. */
function midpoint(p, q, bend) {
  const dx = q.x - p.x
  const dy = q.y - p.y
  const length = Math.max(Math.hypot(dx, dy), 1)
  return { x: (p.x + q.x) / 2 - (dy / length) * bend, y: (p.y + q.y) / 2 + (dx / length) * bend }
}

function nameOf(network, id) {
  return network.nodes.find((node) => node.id === id)?.name ?? id
}

function edgeTitle(network, edge, tone, count, notHappened) {
  const types = Object.entries(edge.types ?? {})
    .map(([type, n]) => `${type} ${n}`)
    .join(', ')
  const negated = notHappened > 0 ? `, ${notHappened} stated as not happening` : ''
  return `${nameOf(network, edge.a)} – ${nameOf(network, edge.b)}: ${count} ${tone}${negated} (${types})`
}

function counterparts(network, id) {
  return network.edges
    .filter((edge) => edge.a === id || edge.b === id)
    .map((edge) => ({ edge, other: edge.a === id ? edge.b : edge.a }))
    .sort((x, y) => y.edge.total - x.edge.total)
}

function actorPanel(network, id, dates) {
  const node = network.nodes.find((candidate) => candidate.id === id)
  if (!node) return h('p', { class: 'muted' }, 'This actor has no engagements in the selected period.')
  return h(
    'div',
    { class: 'actor-panel' },
    h('h2', {}, node.name),
    h(
      'p',
      { class: 'muted' },
      [node.kind, node.country].filter(Boolean).join(' · '),
      ` · ${node.events} events`,
    ),
    h(
      'p',
      {},
      h('a', { href: route('events', { actor: node.name }) }, 'All its events'),
      ' · ',
      h('a', { href: route('quotes', { speaker: node.name }) }, 'Its quotations'),
    ),
    h('h3', {}, 'Counterparts'),
    h(
      'ul',
      { class: 'counterparts' },
      counterparts(network, id).map(({ edge, other }) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              class: 'counterpart',
              href: route('contacts', { a: node.id, b: other, ...dates }),
              'data-counterpart': other,
            },
            h('span', { class: 'name' }, nameOf(network, other)),
            toneBar(edge),
          ),
        ),
      ),
    ),
  )
}

function overviewPanel(network, select) {
  const top = [...network.nodes].sort((x, y) => y.events - x.events).slice(0, 12)
  return h(
    'div',
    { class: 'actor-panel' },
    h('h2', {}, 'Most engaged'),
    h(
      'ul',
      { class: 'counterparts' },
      top.map((node) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'counterpart',
              onclick: () => select(node.id),
              'data-actor-button': node.id,
            },
            h('span', { class: 'name' }, node.name),
            h('span', { class: 'count' }, String(node.events)),
          ),
        ),
      ),
    ),
    h('p', { class: 'muted small' }, `${network.nodes.length} actors, ${network.edges.length} pairs shown.`),
  )
}

/** Counts of one pair by tone, as a small stacked bar with numbers. */
function toneBar(edge) {
  return h(
    'span',
    {
      class: 'tone-bar',
      title: `${edge.cooperation} cooperation, ${edge.conflict} conflict, ${edge.neutral} other`,
    },
    TONES.filter((tone) => edge[tone] > 0).map((tone) =>
      h('span', { class: `pill tone-${tone}` }, String(edge[tone])),
    ),
    edge.negated > 0
      ? h('span', { class: 'pill negated', title: 'stated as not happening' }, `✕${edge.negated}`)
      : null,
  )
}

function legend() {
  return h(
    'footer',
    { class: 'legend' },
    KINDS.map(([kind, label]) =>
      h(
        'span',
        { class: 'legend-item' },
        svg(
          'svg',
          { width: 14, height: 14, 'aria-hidden': 'true' },
          svg('g', { class: `node kind-${kind}` }, svg('circle', { cx: 7, cy: 7, r: 6 })),
        ),
        label,
      ),
    ),
    legendItem('tone-cooperation', 'cooperation (consult, agree, support, aid…)'),
    legendItem('tone-conflict', 'conflict (accuse, reject, threaten, sanction…)'),
    legendItem('tone-neutral', 'requests'),
    legendItem('tone-neutral negated', 'stated as not happening (no meeting, refused)'),
  )
}

function legendItem(className, text) {
  return h(
    'span',
    { class: 'legend-item' },
    svg(
      'svg',
      { width: 34, height: 10, 'aria-hidden': 'true' },
      svg('line', { x1: 2, y1: 5, x2: 32, y2: 5, class: `edge ${className}` }),
    ),
    text,
  )
}
