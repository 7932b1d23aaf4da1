// The event browser: every stored event, filtered like `parley events`.
import { actorInput } from './actor-input.js'
import { api, apiUrl } from './api.js'
import { h, mount, route } from './dom.js'
import { PLOVER_TYPES, STATUSES, statusLabel } from './plover.js'
import { emptyState, errorState, eventCard, eventTable, pager } from './records.js'

const PAGE_SIZE = 25

export async function renderEvents(main, params) {
  const filters = {
    actor: params.get('actor') ?? '',
    recipient: params.get('recipient') ?? '',
    involving: params.get('involving') ?? '',
    type: params.get('type') ?? '',
    status: params.get('status') ?? '',
    since: params.get('since') ?? '',
    until: params.get('until') ?? '',
    place: params.get('place') ?? '',
    order: params.get('order') === 'asc' ? 'asc' : '',
  }
  const compact = params.get('view') === 'table'
  const offset = Number(params.get('offset') ?? 0) || 0
  const actor = actorInput({ name: 'actor', label: 'Actor', value: filters.actor, placeholder: 'any' })
  const recipient = actorInput({
    name: 'recipient',
    label: 'Recipient',
    value: filters.recipient,
    placeholder: 'any',
  })
  const involving = actorInput({
    name: 'involving',
    label: 'Either side',
    value: filters.involving,
    placeholder: 'any',
  })
  const type = select(
    'type',
    'Type',
    filters.type,
    PLOVER_TYPES.map((t) => [t, t]),
  )
  const status = select(
    'status',
    'Status',
    filters.status,
    STATUSES.map((s) => [s, statusLabel(s)]),
  )
  const since = h('input', { type: 'date', name: 'since', value: filters.since, 'aria-label': 'since' })
  const until = h('input', { type: 'date', name: 'until', value: filters.until, 'aria-label': 'until' })
  const place = h('input', {
    type: 'search',
    name: 'place',
    value: filters.place,
    placeholder: 'any',
    'aria-label': 'place',
  })
  const order = h(
    'select',
    { name: 'order', 'aria-label': 'Order' },
    h('option', { value: '' }, 'newest first'),
    h('option', { value: 'asc' }, 'oldest first'),
  )
  order.value = filters.order
  const viewLink = h(
    'a',
    { href: route('events', { ...filters, view: compact ? undefined : 'table' }), class: 'view-switch' },
    compact ? 'Cards' : 'Compact table',
  )
  const downloads = h(
    'p',
    { class: 'downloads muted' },
    viewLink,
    ' · ',
    'Download this view: ',
    h('a', { href: apiUrl('events', { ...filters, format: 'csv' }), download: 'parley-events.csv' }, 'CSV'),
    ' · ',
    h('a', { href: apiUrl('events', { ...filters, limit: 500 }), download: 'parley-events.json' }, 'JSON'),
    ' · ',
    h(
      'a',
      { href: apiUrl('events', { ...filters, format: 'plover' }), download: 'parley-events.plover.jsonl' },
      'PLOVER',
    ),
  )
  const results = h(
    'div',
    { class: 'results', 'aria-live': 'polite' },
    h('p', { class: 'loading' }, 'Loading…'),
  )
  const go = (next) => {
    window.location.hash = route('events', {
      actor: actor.input.value.trim(),
      recipient: recipient.input.value.trim(),
      involving: involving.input.value.trim(),
      type: type.value,
      status: status.value,
      since: since.value,
      until: until.value,
      place: place.value.trim(),
      order: order.value || undefined,
      view: compact ? 'table' : undefined,
      offset: next || undefined,
    })
  }
  mount(
    main,
    h(
      'section',
      { class: 'view view-events' },
      h(
        'header',
        { class: 'view-head' },
        h('h1', {}, 'Events'),
        h(
          'p',
          { class: 'lede' },
          'PLOVER events, newest first. A reported event appears once, with every article that reports it.',
        ),
        downloads,
        h(
          'form',
          {
            class: 'filters',
            onsubmit: (event) => {
              event.preventDefault()
              go(0)
            },
          },
          actor.element,
          recipient.element,
          involving.element,
          h('label', { class: 'field' }, h('span', {}, 'Type'), type),
          h('label', { class: 'field' }, h('span', {}, 'Status'), status),
          h('label', { class: 'field' }, h('span', {}, 'From'), since),
          h('label', { class: 'field' }, h('span', {}, 'To'), until),
          h('label', { class: 'field' }, h('span', {}, 'Place'), place),
          h('label', { class: 'field' }, h('span', {}, 'Order'), order),
          h('button', { type: 'submit', class: 'primary' }, 'Filter'),
        ),
      ),
      results,
    ),
  )
  let page
  try {
    page = await api('events', { ...filters, limit: PAGE_SIZE, offset })
  } catch (error) {
    mount(results, errorState(error))
    return
  }
  if (page.items.length === 0 && offset === 0) {
    mount(results, emptyState('No event matches these filters.'))
    return
  }
  mount(
    results,
    compact
      ? eventTable(page.items)
      : h(
          'div',
          { class: 'cards' },
          page.items.map((event) => eventCard(event)),
        ),
    pager(page, go),
  )
}

function select(name, label, value, options) {
  return h(
    'select',
    { name, 'aria-label': label },
    h('option', { value: '' }, 'any'),
    options.map(([optionValue, text]) => {
      const option = h('option', { value: optionValue }, text)
      if (optionValue === value) option.selected = true
      return option
    }),
  )
}
