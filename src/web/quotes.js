// The quote browser: who said what, filtered by speaker and searched by words of the quotation.
import { actorInput } from './actor-input.js'
import { api } from './api.js'
import { h, mount, route } from './dom.js'
import { emptyState, errorState, pager, quoteCard } from './records.js'

const PAGE_SIZE = 25

export async function renderQuotes(main, params) {
  const speaker = params.get('speaker') ?? ''
  const q = params.get('q') ?? ''
  const sinceValue = params.get('since') ?? ''
  const untilValue = params.get('until') ?? ''
  const kindValue = params.get('kind') ?? ''
  const offset = Number(params.get('offset') ?? 0) || 0
  const speakerField = actorInput({
    name: 'speaker',
    label: 'Speaker',
    value: speaker,
    placeholder: 'any speaker',
  })
  const search = h('input', {
    type: 'search',
    name: 'q',
    value: q,
    placeholder: 'words in the quotation',
    'aria-label': 'search',
  })
  const since = h('input', { type: 'date', name: 'since', value: sinceValue, 'aria-label': 'since' })
  const until = h('input', { type: 'date', name: 'until', value: untilValue, 'aria-label': 'until' })
  const kind = h(
    'select',
    { name: 'kind', 'aria-label': 'Kind' },
    h('option', { value: '' }, 'any'),
    h('option', { value: 'direct' }, 'direct'),
    h('option', { value: 'indirect' }, 'reported'),
    h('option', { value: 'mixed' }, 'mixed'),
  )
  kind.value = kindValue
  const results = h(
    'div',
    { class: 'results', 'aria-live': 'polite' },
    h('p', { class: 'loading' }, 'Loading…'),
  )
  const go = (next) => {
    window.location.hash = route('quotes', {
      speaker: speakerField.input.value.trim(),
      q: search.value.trim(),
      since: since.value,
      until: until.value,
      kind: kind.value,
      offset: next || undefined,
    })
  }
  mount(
    main,
    h(
      'section',
      { class: 'view view-quotes' },
      h(
        'header',
        { class: 'view-head' },
        h('h1', {}, 'Quotations'),
        h(
          'p',
          { class: 'lede' },
          'Direct and reported speech with its speaker, linked to the sentence it came from.',
        ),
        h(
          'form',
          {
            class: 'filters',
            onsubmit: (event) => {
              event.preventDefault()
              go(0)
            },
          },
          speakerField.element,
          h('label', { class: 'field grow' }, h('span', {}, 'Text'), search),
          h('label', { class: 'field' }, h('span', {}, 'From'), since),
          h('label', { class: 'field' }, h('span', {}, 'To'), until),
          h('label', { class: 'field' }, h('span', {}, 'Kind'), kind),
          h('button', { type: 'submit', class: 'primary' }, 'Search'),
        ),
      ),
      results,
    ),
  )
  let page
  try {
    page = await api('quotes', {
      speaker,
      q,
      since: sinceValue,
      until: untilValue,
      kind: kindValue,
      limit: PAGE_SIZE,
      offset,
    })
  } catch (error) {
    mount(results, errorState(error))
    return
  }
  if (page.items.length === 0 && offset === 0) {
    mount(results, emptyState('No quotation matches.'))
    return
  }
  mount(results, h('div', { class: 'cards' }, page.items.map(quoteCard)), pager(page, go))
}
