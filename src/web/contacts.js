// The dyad timeline: every event between two actors in date order, with the analyst's answer on top — when
// they last had contact, and what was refused or stated not to have happened.
import { actorInput } from './actor-input.js'
import { api } from './api.js'
import { h, mount, route } from './dom.js'
import { toneOf } from './plover.js'
import { articleHref, dateText, emptyState, errorState, eventCard, typeBadge } from './records.js'

export async function renderContacts(main, params) {
  const a = params.get('a') ?? ''
  const b = params.get('b') ?? ''
  const since = params.get('since') ?? ''
  const until = params.get('until') ?? ''
  const first = actorInput({ name: 'a', label: 'Actor', value: a, placeholder: 'e.g. Blinken' })
  const second = actorInput({ name: 'b', label: 'and actor', value: b, placeholder: 'e.g. Lavrov' })
  const sinceInput = h('input', { type: 'date', name: 'since', value: since, 'aria-label': 'since' })
  const untilInput = h('input', { type: 'date', name: 'until', value: until, 'aria-label': 'until' })
  const results = h('div', { class: 'results', 'aria-live': 'polite' })
  mount(
    main,
    h(
      'section',
      { class: 'view view-contacts' },
      h(
        'header',
        { class: 'view-head' },
        h('h1', {}, 'Contacts between two actors'),
        h(
          'p',
          { class: 'lede' },
          'When did they last engage, and what did they refuse? Every event comes with its source sentence.',
        ),
        h(
          'form',
          {
            class: 'filters',
            onsubmit: (event) => {
              event.preventDefault()
              window.location.hash = route('contacts', {
                a: first.input.value.trim(),
                b: second.input.value.trim(),
                since: sinceInput.value,
                until: untilInput.value,
              })
            },
          },
          first.element,
          second.element,
          h('label', { class: 'field' }, h('span', {}, 'From'), sinceInput),
          h('label', { class: 'field' }, h('span', {}, 'To'), untilInput),
          h('button', { type: 'submit', class: 'primary' }, 'Show timeline'),
        ),
      ),
      results,
    ),
  )
  if (!a || !b) {
    mount(
      results,
      emptyState('Pick two actors — people, organisations or countries — to see their timeline.'),
    )
    return
  }
  mount(results, h('p', { class: 'loading' }, 'Loading…'))
  let contacts
  try {
    contacts = await api('contacts', { a, b, since, until })
  } catch (error) {
    mount(results, errorState(error))
    return
  }
  first.input.value = partyName(contacts.a, a)
  second.input.value = partyName(contacts.b, b)
  mount(results, summary(contacts), timeline(contacts.events))
}

/** The stored name when the query stands for one actor, else the query as typed ("Russia", "Kim"). */
function partyName(party, typed) {
  return party.actors.length === 1 ? party.actors[0].name : party.query || typed
}

function summary(contacts) {
  const last = contacts.summary.lastContact
  return h(
    'div',
    { class: 'summary-grid' },
    h(
      'div',
      { class: 'summary-card last-contact' },
      h('h2', {}, 'Last asserted contact'),
      last
        ? h(
            'p',
            {},
            h('strong', { class: 'big-date' }, dateText(last.date ?? last.sortDate)),
            ' ',
            typeBadge(last.type),
            ' ',
            sourceLink(last),
          )
        : h('p', { class: 'muted' }, 'None stated in the stored articles.'),
    ),
    listCard(
      'Other cooperation and conflict',
      'others',
      [contacts.summary.lastCooperation, contacts.summary.lastConflict].filter((e) => e),
      'None stated.',
    ),
    listCard('Refusals', 'refusals', contacts.summary.refusals, 'No stated refusal.'),
    listCard('Stated absence of contact', 'absences', contacts.summary.absences, 'None stated.'),
  )
}

function listCard(title, className, events, none) {
  return h(
    'div',
    { class: `summary-card ${className}` },
    h('h2', {}, title, events.length > 0 ? h('span', { class: 'count' }, String(events.length)) : null),
    events.length === 0
      ? h('p', { class: 'muted' }, none)
      : h(
          'ul',
          {},
          events
            .slice(0, 5)
            .map((event) =>
              h(
                'li',
                {},
                h('span', { class: 'date' }, dateText(event.date ?? event.sortDate)),
                ' ',
                quoteOf(event),
                ' ',
                sourceLink(event),
              ),
            ),
        ),
  )
}

function quoteOf(event) {
  const trigger = event.mentions?.[0]?.trigger
  return trigger ? h('q', {}, trigger.text) : event.type
}

function sourceLink(event) {
  const mention = event.mentions?.[0]
  if (!mention) return null
  return h(
    'a',
    { class: 'source-link', href: articleHref(mention.document.id, mention.trigger, 'event') },
    'source',
  )
}

function timeline(events) {
  if (events.length === 0) return emptyState('No events between these two actors.')
  const reports = events.reduce((n, event) => n + (event.mentionCount ?? 1), 0)
  return h(
    'section',
    {},
    h(
      'h2',
      { class: 'timeline-head' },
      `Timeline: ${events.length} events`,
      h('span', { class: 'muted small' }, `from ${reports} reports, oldest first`),
    ),
    timelineList(events),
  )
}

function timelineList(events) {
  return h(
    'ol',
    { class: 'timeline' },
    events.map((event) =>
      h(
        'li',
        { class: 'timeline-item' },
        h('span', { class: `dot tone-${toneOf(event.type)}`, 'aria-hidden': 'true' }),
        eventCard(event),
      ),
    ),
  )
}
