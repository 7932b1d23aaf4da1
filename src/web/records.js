// Cards for the records the API returns: events, quotes, actors. Every card links to its source article.
import { h, route } from './dom.js'
import { statusLabel, toneOf } from './plover.js'

export function typeBadge(type) {
  return h('span', { class: `badge tone-${toneOf(type)}`, title: `PLOVER ${type}` }, type)
}

export function statusBadge(status) {
  return h('span', { class: `status status-${status}`, title: `status: ${status}` }, statusLabel(status))
}

export function actorLink(actor) {
  if (!actor) return h('span', { class: 'actor unknown' }, 'unknown')
  return h('a', { class: 'actor', href: route('actor', { id: actor.id }), title: actor.name }, actor.name)
}

function actorList(actors) {
  if (!actors || actors.length === 0) return h('span', { class: 'actor unknown' }, '—')
  const parts = []
  actors.forEach((actor, i) => {
    if (i > 0) parts.push(', ')
    parts.push(actorLink(actor))
  })
  return h('span', { class: 'actors' }, parts)
}

export function dateText(date) {
  if (!date) return 'undated'
  if (typeof date === 'string') return date
  return date.start === date.end ? date.start : `${date.start} – ${date.end}`
}

/** The article link for a span of a document. */
export function articleHref(documentId, span, kind) {
  return route(`article/${encodeURIComponent(documentId)}`, {
    start: span?.start,
    end: span?.end,
    kind,
  })
}

/** The sentence with its trigger set apart, as text nodes. */
export function sentenceWithTrigger(sentence, trigger) {
  if (!sentence?.text) return h('span', { class: 'sentence' }, trigger?.text ?? '')
  const from = trigger.start - sentence.start
  const to = trigger.end - sentence.start
  if (from < 0 || to > sentence.text.length || from >= to)
    return h('span', { class: 'sentence' }, sentence.text)
  return h(
    'span',
    { class: 'sentence' },
    sentence.text.slice(0, from),
    h('mark', { class: 'trigger' }, sentence.text.slice(from, to)),
    sentence.text.slice(to),
  )
}

export function eventCard(event, options = {}) {
  const mention = event.mentions?.[0]
  const more = (event.mentionCount ?? event.mentions?.length ?? 0) - 1
  return h(
    'article',
    { class: `card event tone-${toneOf(event.type)} status-${event.status}`, 'data-event': event.id },
    h(
      'header',
      { class: 'card-head' },
      h('time', { class: 'date' }, dateText(event.date ?? event.sortDate ?? mention?.document?.date)),
      typeBadge(event.type),
      statusBadge(event.status),
      event.mode ? h('span', { class: 'mode' }, event.mode) : null,
    ),
    h(
      'div',
      { class: 'parties' },
      // a meeting listed with all its parties on one side has no direction to draw
      event.recipient.length === 0 && event.actor.length > 1
        ? actorList(event.actor)
        : [actorList(event.actor), h('span', { class: 'arrow' }, ' → '), actorList(event.recipient)],
    ),
    mention
      ? h('blockquote', { class: 'source-sentence' }, sentenceWithTrigger(mention.sentence, mention.trigger))
      : null,
    mention
      ? h(
          'footer',
          { class: 'card-foot' },
          h(
            'a',
            { class: 'source-link', href: articleHref(mention.document.id, mention.trigger, 'event') },
            'Source: ',
            mention.document.title ?? mention.document.id,
          ),
          more > 0 ? h('span', { class: 'muted' }, ` · reported ${more + 1} times`) : null,
          event.place ? h('span', { class: 'muted' }, ` · ${event.place.name}`) : null,
        )
      : null,
    options.extra ?? null,
  )
}

/**
 * The compact view of events: one row each (date, type, status, parties, reports, source), for scanning many at
 * once.
 */
export function eventTable(events) {
  const names = (actors) => actors.map((a) => a.name).join(', ') || '—'
  return h(
    'table',
    { class: 'event-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Date', 'Type', 'Status', 'Actor', 'Recipient', 'Reports', 'Source'].map((label) =>
          h('th', {}, label),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      events.map((event) => {
        const mention = event.mentions?.[0]
        return h(
          'tr',
          { class: `tone-${toneOf(event.type)} status-${event.status}`, 'data-event': event.id },
          h('td', {}, dateText(event.date ?? event.sortDate ?? mention?.document?.date)),
          h('td', {}, typeBadge(event.type)),
          h('td', {}, statusBadge(event.status)),
          h('td', {}, names(event.actor)),
          h('td', {}, names(event.recipient)),
          h('td', { class: 'number' }, event.mentionCount ?? event.mentions?.length ?? 0),
          h(
            'td',
            {},
            mention
              ? h(
                  'a',
                  { class: 'source-link', href: articleHref(mention.document.id, mention.trigger, 'event') },
                  mention.document.title ?? mention.document.id,
                )
              : '—',
          ),
        )
      }),
    ),
  )
}

export function quoteCard(quote) {
  const first = quote.spans?.[0]
  return h(
    'article',
    { class: `card quote kind-${quote.kind}`, 'data-quote': quote.id },
    h('blockquote', { class: 'quote-text' }, quote.text),
    h(
      'footer',
      { class: 'card-foot' },
      h(
        'span',
        { class: 'speaker' },
        '— ',
        quote.speaker ? actorLink(quote.speaker) : (quote.speakerMention?.text ?? 'unattributed'),
      ),
      quote.kind !== 'direct' ? h('span', { class: 'muted' }, ` · ${quote.kind}`) : null,
      h('span', { class: 'muted' }, ` · ${dateText(quote.document?.date)} · `),
      h(
        'a',
        { class: 'source-link', href: articleHref(quote.document.id, first, 'quote') },
        quote.document.title ?? quote.document.id,
      ),
      quote.reportCount > 1
        ? h(
            'span',
            { class: 'muted', title: quote.reports.map((r) => r.document.title ?? r.document.id).join('\n') },
            ` · carried by ${quote.reportCount} articles`,
          )
        : null,
    ),
  )
}

/** "Showing 1–50 of 120" with previous/next buttons calling `go(offset)`. */
export function pager(page, go) {
  const { offset, limit, total, items } = page
  const end = offset + items.length
  const hasNext = page.next !== null && page.next !== undefined
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'pages' },
    h(
      'button',
      { type: 'button', disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit)) },
      '‹ Previous',
    ),
    h(
      'span',
      { class: 'muted' },
      items.length === 0
        ? 'nothing found'
        : `${offset + 1}–${end}${total !== undefined ? ` of ${total}` : ''}`,
    ),
    h('button', { type: 'button', disabled: !hasNext, onclick: () => go(page.next) }, 'Next ›'),
  )
}

export function emptyState(message) {
  return h('p', { class: 'empty' }, message)
}

export function errorState(error) {
  return h('p', { class: 'error', role: 'alert' }, `Could not load: ${error.message}`)
}
