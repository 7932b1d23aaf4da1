// The article view: the stored text with quotations, speakers, cues, actor mentions and event triggers
// highlighted; every record elsewhere links here, scrolled to its span.
import { api } from './api.js'
import { h, mount, route } from './dom.js'
import { statusLabel, toneOf } from './plover.js'
import { errorState, statusBadge, typeBadge } from './records.js'

export async function renderArticle(main, id, params) {
  const target = spanParam(params)
  mount(main, h('p', { class: 'loading' }, 'Loading the article…'))
  let stored
  try {
    stored = await api(`documents/${encodeURIComponent(id)}`)
  } catch (error) {
    mount(main, errorState(error))
    return
  }
  const { record } = stored
  const body = h('div', { class: 'article-text', 'data-document': record.document.id })
  const marks = highlights(record, stored.actorIds ?? {})
  renderText(body, record.document.text ?? '', marks, target)
  mount(
    main,
    h(
      'section',
      { class: 'view view-article' },
      h(
        'div',
        { class: 'article-layout' },
        h(
          'article',
          { class: 'article' },
          h(
            'header',
            { class: 'article-head' },
            h('h1', {}, record.document.title ?? record.document.id),
            meta(record.document),
          ),
          articleLegend(),
          body,
        ),
        h('aside', { class: 'side-panel article-side' }, outline(record, body)),
      ),
    ),
  )
  if (target) {
    const first = body.querySelector('.target')
    if (first) first.scrollIntoView({ block: 'center' })
  } else {
    window.scrollTo(0, 0)
  }
}

function spanParam(params) {
  const start = Number(params.get('start'))
  const end = Number(params.get('end'))
  if (!params.has('start') || !Number.isInteger(start) || !Number.isInteger(end) || end <= start) return null
  return { start, end }
}

function meta(document) {
  const parts = [document.date ?? 'undated', document.source, document.language].filter(Boolean).join(' · ')
  return h(
    'p',
    { class: 'muted' },
    parts,
    document.url
      ? [
          ' · ',
          h('a', { href: document.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original'),
        ]
      : null,
    ` · id ${document.id}`,
  )
}

/** Every highlighted span of the record: {start, end, className, title, data}. */
export function highlights(record, actorIds) {
  const names = new Map(record.actors.map((actor) => [actor.id, actor.name]))
  const marks = []
  for (const actor of record.actors) {
    for (const mention of actor.mentions) {
      marks.push({
        start: mention.start,
        end: mention.end,
        className: 'hl-actor',
        title: actor.name,
        data: { actor: actorIds[actor.id] ?? '' },
      })
    }
  }
  for (const quote of record.quotes) {
    const speaker = quote.speaker.actor ? names.get(quote.speaker.actor) : quote.speaker.mention?.text
    for (const span of quote.spans) {
      marks.push({
        start: span.start,
        end: span.end,
        className: `hl-quote kind-${quote.kind}`,
        title: `quote ${quote.id} — ${speaker ?? 'unattributed'}`,
        data: { quote: quote.id },
      })
    }
    if (quote.cue)
      marks.push({
        start: quote.cue.start,
        end: quote.cue.end,
        className: 'hl-cue',
        title: `cue of ${quote.id}`,
        data: {},
      })
    const mention = quote.speaker.mention
    if (mention)
      marks.push({
        start: mention.start,
        end: mention.end,
        className: 'hl-speaker',
        title: `speaker of ${quote.id}: ${speaker ?? mention.text}`,
        data: {},
      })
  }
  for (const event of record.events) {
    const parties = `${event.actor.map((a) => names.get(a) ?? a).join(', ') || '?'} → ${event.recipient.map((a) => names.get(a) ?? a).join(', ') || '?'}`
    marks.push({
      start: event.trigger.start,
      end: event.trigger.end,
      className: `hl-trigger tone-${toneOf(event.type)} status-${event.status}`,
      title: `${event.type} (${statusLabel(event.status)}): ${parties}`,
      data: { event: event.id },
    })
  }
  return marks
}

/**
 * Splits the text at every highlight boundary and appends one text node per piece, wrapped in a <span> with the
 * classes of the highlights covering it. Text goes in only as text nodes.
 */
export function renderText(container, text, marks, target) {
  const points = new Set([0, text.length])
  for (const mark of marks) {
    if (mark.start < mark.end && mark.start >= 0 && mark.end <= text.length) {
      points.add(mark.start)
      points.add(mark.end)
    }
  }
  if (target) {
    points.add(Math.max(0, Math.min(text.length, target.start)))
    points.add(Math.max(0, Math.min(text.length, target.end)))
  }
  const sorted = [...points].sort((x, y) => x - y)
  const byStart = [...marks]
    .filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length)
    .sort((x, y) => x.start - y.start)
  let next = 0
  let active = []
  const fragment = document.createDocumentFragment()
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]
    const to = sorted[i + 1]
    active = active.filter((mark) => mark.end > from)
    while (next < byStart.length && byStart[next].start <= from) {
      if (byStart[next].end > from) active.push(byStart[next])
      next++
    }
    const piece = text.slice(from, to)
    const isTarget = target !== null && target !== undefined && from >= target.start && to <= target.end
    if (active.length === 0 && !isTarget) {
      fragment.appendChild(document.createTextNode(piece))
      continue
    }
    const span = document.createElement('span')
    const classes = new Set(active.flatMap((mark) => mark.className.split(' ')))
    if (isTarget) classes.add('target')
    span.className = [...classes].join(' ')
    const titles = active.map((mark) => mark.title).filter(Boolean)
    if (titles.length > 0) span.title = titles.join('\n')
    for (const mark of active) {
      for (const [key, value] of Object.entries(mark.data))
        if (value !== '') span.dataset[key] = String(value)
    }
    span.dataset.start = String(from)
    span.appendChild(document.createTextNode(piece))
    fragment.appendChild(span)
  }
  container.replaceChildren(fragment)
}

function articleLegend() {
  return h(
    'p',
    { class: 'article-legend' },
    h('span', { class: 'hl-quote' }, 'quotation'),
    h('span', { class: 'hl-speaker' }, 'speaker'),
    h('span', { class: 'hl-cue' }, 'cue'),
    h('span', { class: 'hl-trigger tone-cooperation' }, 'cooperation'),
    h('span', { class: 'hl-trigger tone-conflict' }, 'conflict'),
    h('span', { class: 'hl-trigger tone-neutral status-negated' }, 'did not happen'),
    h('span', { class: 'hl-actor' }, 'actor'),
  )
}

/** Lists of the article's events and quotations; clicking one scrolls the text to it. */
function outline(record, body) {
  const names = new Map(record.actors.map((actor) => [actor.id, actor.name]))
  const jump = (start, end) => () => {
    for (const old of body.querySelectorAll('.target')) old.classList.remove('target')
    const pieces = [...body.querySelectorAll('[data-start]')].filter((piece) => {
      const at = Number(piece.dataset.start)
      return at >= start && at < end
    })
    for (const piece of pieces) piece.classList.add('target')
    pieces[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }
  const party = (ids) => ids.map((id) => names.get(id) ?? id).join(', ') || '?'
  return h(
    'div',
    {},
    h('h2', {}, 'Events', h('span', { class: 'count' }, String(record.events.length))),
    record.events.length === 0
      ? h('p', { class: 'muted' }, 'None found.')
      : h(
          'ul',
          { class: 'outline' },
          record.events.map((event) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'outline-item',
                  onclick: jump(event.trigger.start, event.trigger.end),
                  'data-outline-event': event.id,
                },
                typeBadge(event.type),
                event.status !== 'asserted' ? statusBadge(event.status) : null,
                h('span', { class: 'outline-text' }, `${party(event.actor)} → ${party(event.recipient)}`),
              ),
            ),
          ),
        ),
    h('h2', {}, 'Quotations', h('span', { class: 'count' }, String(record.quotes.length))),
    record.quotes.length === 0
      ? h('p', { class: 'muted' }, 'None found.')
      : h(
          'ul',
          { class: 'outline' },
          record.quotes.map((quote) => {
            const first = quote.spans[0] ?? { start: 0, end: 0 }
            const last = quote.spans[quote.spans.length - 1] ?? first
            const speaker = quote.speaker.actor ? names.get(quote.speaker.actor) : quote.speaker.mention?.text
            return h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'outline-item',
                  onclick: jump(first.start, last.end),
                  'data-outline-quote': quote.id,
                },
                h('strong', {}, speaker ?? 'unattributed'),
                h('span', { class: 'outline-text' }, shorten(quote.text, 90)),
              ),
            )
          }),
        ),
    h('p', { class: 'muted small' }, h('a', { href: route('network') }, '← back to the network')),
  )
}

function shorten(text, length) {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}
