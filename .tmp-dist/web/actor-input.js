// A text field that suggests stored actor names as the user types (a <datalist> fed by /api/actors).
import { api } from './api.js'
import { h } from './dom.js'

let counter = 0

export function actorInput({ name, label, value, placeholder }) {
  const listId = `actors-${name}-${++counter}`
  const list = h('datalist', { id: listId })
  const input = h('input', {
    type: 'search',
    name,
    value,
    placeholder,
    list: listId,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-label': label,
  })
  let timer = 0
  input.addEventListener('input', () => {
    clearTimeout(timer)
    const search = input.value.trim()
    if (search.length < 2) return
    timer = setTimeout(async () => {
      try {
        const page = await api('actors', { search, limit: 12 })
        list.replaceChildren(
          ...page.items.map((actor) => h('option', { value: actor.name }, describe(actor))),
        )
      } catch {
        list.replaceChildren()
      }
    }, 150)
  })
  return { input, element: h('label', { class: 'field' }, h('span', {}, label), input, list) }
}

function describe(actor) {
  return [actor.kind, actor.country].filter(Boolean).join(' · ')
}
