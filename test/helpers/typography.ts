import { typeset as typesetText } from '../../src/eval/typeset.js'

/**
 * A plain ASCII test sentence as news sites print it: the evaluation sets' typesetting (curly quotation marks
 * and apostrophes, em dashes, no-break spaces after titles and in counts) and a no-break space before the last
 * word, so that every typeset form differs from its plain one.
 */
export function typeset(plain: string): string {
  return typesetText(plain).replace(/ (?=\S+$)/, '\u00a0')
}

/** The plain and typeset forms of a test text, labelled, for one test per form. */
export function bothForms(plain: string): readonly (readonly ['plain' | 'typeset', string])[] {
  return [
    ['plain', plain],
    ['typeset', typeset(plain)],
  ]
}
