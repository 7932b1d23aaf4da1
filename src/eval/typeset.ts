/**
 * The typeset form of a plain ASCII text, as news sites print it: curly quotation marks and apostrophes,
 * em dashes, and no-break spaces after abbreviated titles and between a number and the word it counts.
 * Evaluation sets are written once, in ASCII, and scored in both forms.
 */

const NBSP = '\u00a0'
/** Titles a no-break space follows ("Mr.\u00a0Shultz"). */
const TITLES = /\b(Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Prof|Adm|Sgt|Capt)\. /g

/** Is the mark at `i` opening (after the start, a space, a bracket, a dash or another opening mark)? */
function opens(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!
  return /[\s([{\u2014\u2013\u201c\u2018-]/.test(before)
}

export function typeset(plain: string): string {
  const text = plain
    // a separating dash: "talks -- the first" → "talks — the first"; "1990--1991" → "1990–1991"
    .replace(/(\d)--(\d)/g, '$1\u2013$2')
    .replace(/ ?-- ?/g, (m) => (m.length > 2 ? ' \u2014 ' : '\u2014'))
    .replace(TITLES, `$1.${NBSP}`)
    // a number and the word it counts or dates: "12 soldiers", "5 May", "150,000 refugees" (not years)
    .replace(/(?<![\d,.])(\d{1,3}(?:,\d{3})*) (?=[A-Za-z])/g, `$1${NBSP}`)
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '"') out += opens(text, i) ? '\u201c' : '\u201d'
    else if (c === "'") out += opens(text, i) && /[A-Za-z]/.test(text[i + 1] ?? '') ? '\u2018' : '\u2019'
    else out += c
  }
  return out
}
