import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDocument } from './dom.js'
import { blockParagraphs, PAGE_CHROME_TAGS } from './html-blocks.js'

const paragraphsOf = (body: string, skip?: ReadonlySet<string>) => {
  const root = parseDocument(`<html><body>${body}</body></html>`).body
  assert.ok(root)
  return blockParagraphs(root, skip)
}

describe('blockParagraphs', () => {
  const cases: [string, string, string[]][] = [
    ['one paragraph per block', '<p>One.</p><p>Two.</p><h2>Three</h2>', ['One.', 'Two.', 'Three']],
    [
      'inline elements stay in their paragraph',
      '<p>A <b>bold</b> <a href="#">link</a>.</p>',
      ['A bold link.'],
    ],
    ['whitespace is collapsed', '<p>  A\n\n   b\t c&nbsp; d </p>', ['A b c d']],
    ['invisible characters are dropped', '<p>anti&shy;war talks&#8203;resumed</p>', ['antiwar talksresumed']],
    [
      'loose text around blocks is its own paragraph',
      '<div>Lead<p>Body.</p>Tail</div>',
      ['Lead', 'Body.', 'Tail'],
    ],
    ['nested blocks do not glue', '<blockquote><p>Q1.</p><p>Q2.</p></blockquote>', ['Q1.', 'Q2.']],
    ['list items are paragraphs', '<ul><li>First</li><li>Second</li></ul>', ['First', 'Second']],
    ['one <br> is a line break', '<p>Line one<br>line two</p>', ['Line one line two']],
    ['two <br> end a paragraph', '<div>Para one.<br><br>Para two.</div>', ['Para one.', 'Para two.']],
    ['two <br> with whitespace between them', '<div>One.<br>\n <br>Two.</div>', ['One.', 'Two.']],
    [
      'scripts, styles, forms and captions are skipped',
      '<p>Text<script>x()</script></p><style>p{}</style><form>Go</form><figure><figcaption>Cap</figcaption></figure>',
      ['Text'],
    ],
  ]
  for (const [name, html, expected] of cases) {
    it(name, () => assert.deepEqual(paragraphsOf(html), expected))
  }

  it('skips page chrome when asked', () => {
    const html = '<header>Site</header><nav>Menu</nav><p>Body.</p><aside>Also</aside><footer>Foot</footer>'
    assert.deepEqual(paragraphsOf(html, PAGE_CHROME_TAGS), ['Body.'])
  })

  it('walks a deeply nested page without overflowing the stack', () => {
    const depth = 20_000
    const html = `${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`
    assert.deepEqual(paragraphsOf(html), ['deep'])
  })
})
