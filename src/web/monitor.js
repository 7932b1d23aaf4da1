// The monitor's views: followed feeds with their state, alerts with their delivery log, and the events stored
// since the reader's last visit.
import { api } from './api.js'
import { h, mount, route } from './dom.js'
import { emptyState, errorState, eventCard } from './records.js'

const LAST_SEEN_KEY = 'parley.lastSeenEvent'
const BASELINE_KEY = 'parley.visitBaseline'

const time = (iso) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—')

function table(header, rows, className) {
  return h(
    'table',
    { class: `data-table ${className}` },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        header.map((cell) => h('th', {}, cell)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((cells) =>
        h(
          'tr',
          {},
          cells.map((cell) => h('td', {}, cell)),
        ),
      ),
    ),
  )
}

/** How a feed is doing, as a badge. */
function feedStatus(feed) {
  if (feed.lastStatus === null) return h('span', { class: 'pill pill-new' }, 'not polled yet')
  if (feed.lastStatus === 'error') {
    return h(
      'span',
      { class: 'pill pill-error' },
      feed.consecutiveErrors > 1 ? `failing ×${feed.consecutiveErrors}` : 'failed',
    )
  }
  return h('span', { class: 'pill pill-ok' }, feed.lastStatus === 'not-modified' ? 'ok · unchanged' : 'ok')
}

export async function renderFeeds(main) {
  const body = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { class: 'loading' }, 'Loading…'))
  mount(
    main,
    h(
      'section',
      { class: 'view view-feeds' },
      h(
        'header',
        { class: 'view-head' },
        h('h1', {}, 'Feeds'),
        h(
          'p',
          { class: 'lede' },
          'The feeds "parley watch" follows: last poll, newest item, pages stored and errors.',
        ),
      ),
      body,
    ),
  )
  let data
  try {
    data = await api('feeds', { errors: 20 })
  } catch (error) {
    mount(body, errorState(error))
    return
  }
  if (data.items.length === 0) {
    mount(body, emptyState('No feed is followed yet. Start one with "parley watch <feed-url>".'))
    return
  }
  mount(
    body,
    table(
      ['Feed', 'Status', 'Last poll', 'Newest item', 'Items', 'Stored', 'Errors', 'Next poll', 'Last error'],
      data.items.map((f) => [
        h('span', { class: 'feed-name', title: f.url }, f.name ?? f.url),
        feedStatus(f),
        time(f.lastPolledAt),
        time(f.lastItemAt),
        String(f.itemsSeen),
        String(f.documentsStored),
        `${f.consecutiveErrors} in a row · ${f.errorsTotal + f.pageErrors} in all`,
        time(f.nextPollAt),
        f.lastError ?? '—',
      ]),
      'feeds-table',
    ),
    h('h2', {}, 'Latest page errors'),
    data.errors.length === 0
      ? emptyState('No page has failed.')
      : table(
          ['When', 'Page', 'Error', 'Tries', 'Tried again'],
          data.errors.map((e) => [
            time(e.at),
            h('a', { href: e.url, rel: 'noreferrer noopener', target: '_blank' }, e.url),
            `${e.code} ${e.message}`,
            String(e.attempts),
            e.retryable ? 'yes' : 'no',
          ]),
          'errors-table',
        ),
  )
}

function filterText(filter) {
  const parts = []
  if (filter.actor) parts.push(`actor ${filter.actor}`)
  if (filter.recipient) parts.push(`recipient ${filter.recipient}`)
  if (filter.contacts) parts.push(`contacts ${filter.contacts.join(' – ')}`)
  if (filter.type) parts.push(`type ${filter.type.join(', ')}`)
  if (filter.status) parts.push(`status ${filter.status.join(', ')}`)
  return parts.length > 0 ? parts.join(' · ') : 'every new event'
}

export async function renderAlerts(main) {
  const body = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { class: 'loading' }, 'Loading…'))
  mount(
    main,
    h(
      'section',
      { class: 'view view-alerts' },
      h(
        'header',
        { class: 'view-head' },
        h('h1', {}, 'Alerts'),
        h(
          'p',
          { class: 'lede' },
          'Saved queries: each new event that matches is sent once to the webhook, signed, and retried until delivered. Add them with "parley alerts add" or POST /api/alerts.',
        ),
      ),
      body,
    ),
  )
  let answers
  try {
    answers = await Promise.all([api('alerts'), api('alerts/log', { limit: 50 })])
  } catch (error) {
    mount(body, errorState(error))
    return
  }
  const [alerts, log] = answers
  if (alerts.items.length === 0) {
    mount(body, emptyState('No alert yet.'))
    return
  }
  mount(
    body,
    table(
      ['Alert', 'Matches', 'Webhook', 'Pending', 'Delivered', 'Failed'],
      alerts.items.map((a) => [
        a.name,
        filterText(a.filter),
        a.webhook,
        String(a.pending),
        String(a.delivered),
        h('span', { class: a.failed > 0 ? 'pill pill-error' : '' }, String(a.failed)),
      ]),
      'alerts-table',
    ),
    h('h2', {}, 'Delivery log'),
    log.items.length === 0
      ? emptyState('Nothing delivered yet.')
      : table(
          ['When', 'Alert', 'Event', 'Try', 'Answer', 'State'],
          log.items.map((e) => [
            time(e.at),
            e.alert,
            String(e.eventId),
            String(e.attempt),
            e.httpStatus !== null ? `HTTP ${e.httpStatus}` : (e.error ?? '—'),
            e.state,
          ]),
          'log-table',
        ),
  )
}

/**
 * The id of the newest event seen on the previous visit. A visit's baseline stays the same until the tab is
 * closed (sessionStorage), while the stored mark moves to the newest event at once, so the next visit starts
 * from here.
 */
function visitBaseline(latest) {
  let baseline = window.sessionStorage.getItem(BASELINE_KEY)
  if (baseline === null) {
    baseline = window.localStorage.getItem(LAST_SEEN_KEY) ?? String(latest)
    window.sessionStorage.setItem(BASELINE_KEY, baseline)
  }
  window.localStorage.setItem(LAST_SEEN_KEY, String(Math.max(latest, Number(baseline) || 0)))
  return Number(baseline) || 0
}

/** The header's "N new since your last visit" link; nothing on a first visit or when nothing is new. */
export async function showNewSince(target) {
  try {
    const head = await api('events/new', { limit: 1 })
    const after = visitBaseline(head.latest)
    const page = await api('events/new', { after, limit: 1 })
    if (page.count === 0) {
      mount(target)
      return
    }
    mount(
      target,
      h(
        'a',
        { href: route('new'), class: 'new-since' },
        `${page.more ? `${page.count}+` : page.count} new event${page.count === 1 ? '' : 's'} since your last visit`,
      ),
    )
  } catch {
    mount(target)
  }
}

export async function renderNewEvents(main) {
  const body = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { class: 'loading' }, 'Loading…'))
  mount(
    main,
    h(
      'section',
      { class: 'view view-new' },
      h('header', { class: 'view-head' }, h('h1', {}, 'New since your last visit')),
      body,
    ),
  )
  const after = Number(
    window.sessionStorage.getItem(BASELINE_KEY) ?? window.localStorage.getItem(LAST_SEEN_KEY) ?? 0,
  )
  let page
  try {
    page = await api('events/new', { after, limit: 100 })
  } catch (error) {
    mount(body, errorState(error))
    return
  }
  if (page.items.length === 0) {
    mount(body, emptyState('Nothing new since your last visit.'))
    return
  }
  mount(
    body,
    h(
      'p',
      { class: 'lede' },
      `${page.count} event${page.count === 1 ? '' : 's'} stored after event #${page.after}${page.count > page.items.length ? `; the newest ${page.items.length} are shown` : ''}.`,
    ),
    h(
      'div',
      { class: 'cards' },
      page.items.map((event) => eventCard(event)),
    ),
  )
}
