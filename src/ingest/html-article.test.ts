import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { htmlToArticle } from './html-article.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8')
const page = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/html/${name}`, import.meta.url), 'utf8')

describe('htmlToArticle', () => {
  const article = htmlToArticle(fixture('article.html'))

  it('reads the metadata', () => {
    assert.ok(article)
    assert.deepEqual(
      { ...article, text: undefined },
      {
        text: undefined,
        title: 'Ferry link to islands restored after storm',
        byline: 'Maya Okafor',
        date: '2021-02-09',
        url: 'https://coastal-ledger.example/news/ferry-restored',
        source: 'The Coastal Ledger',
      },
    )
  })

  it('rebuilds the text paragraph by paragraph, without page furniture', () => {
    const paragraphs = article?.text.split('\n\n') ?? []
    assert.equal(paragraphs.length, 7)
    assert.ok(paragraphs[0]?.startsWith('PORT ELLIS — The ferry service'))
    // inline spans stay in their paragraph; a single <br> does not split one, a double <br> does
    assert.ok(paragraphs[1]?.includes('a permanent replacement was already being designed.'))
    assert.ok(
      paragraphs[2]?.endsWith(
        'for supplies. Many said the wait had been long but that the council had kept them informed.',
      ),
    )
    assert.ok(paragraphs[4]?.startsWith('The council said the cost'))
    assert.ok(paragraphs[5]?.startsWith('Ferry tickets will be free'))
    assert.ok(paragraphs[6]?.startsWith('Council leader Priya Nair'))
    for (const furniture of [
      'Comment',
      'Share this',
      'Facebook',
      'Advertisement',
      'Read more',
      'newsletter',
      '©',
      'Maya Okafor',
      'Sport',
      'Photograph',
      'Island school',
    ]) {
      assert.ok(!article?.text.includes(furniture), `"${furniture}" left in the text`)
    }
    assert.ok(!/\s{3,}|\n /.test(article?.text ?? ''), 'whitespace is collapsed')
  })

  it('returns null for a page without article text', () => {
    assert.equal(htmlToArticle(fixture('no-article.html')), null)
  })

  it('falls back to the body paragraphs and to the given URL', () => {
    const html = `<html><body><nav>Home | News</nav><p>${'The harbour reopened on Monday after repairs. '.repeat(3)}</p><footer>© 2020</footer></body></html>`
    const result = htmlToArticle(html, 'https://example.test/a')
    assert.ok(result)
    assert.equal(result.text, 'The harbour reopened on Monday after repairs. '.repeat(3).trim())
    assert.equal(result.url, 'https://example.test/a')
    assert.equal(result.date, null)
  })

  it('takes the date from <time datetime> when the metadata has none', () => {
    const html = `<html><body><article><time datetime="2019-11-05T10:00">5 Nov</time><p>${'Ministers met in Lisbon on Tuesday to discuss fishing quotas. '.repeat(3)}</p></article></body></html>`
    assert.equal(htmlToArticle(html)?.date, '2019-11-05')
  })

  it('reads a page of thousands of unclosed tags quickly, without Readability', () => {
    const depth = 3000
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${'The council met on Monday to discuss the harbour. '.repeat(3)}</p></body></html>`
    const started = performance.now()
    const result = htmlToArticle(html)
    assert.ok(performance.now() - started < 1000)
    assert.ok(result?.text.startsWith('The council met on Monday'))
  })

  describe('a blog post with a long comment thread', () => {
    it('returns the post, as Readability chooses it, not the comments', () => {
      const text = htmlToArticle(page('blog-post-with-comments.html'))?.text ?? ''
      assert.ok(text.startsWith('When the two delegations finally sat down'), text.slice(0, 80))
      assert.ok(text.includes('thank you for reading'))
      assert.ok(!text.includes('My father fished the northern banks'), 'a comment in the text')
    })

    it('returns a short post whose furniture Readability counts, not the comments behind it', () => {
      // without its share bar and tags the post is under Readability's 500 characters: with the furniture
      // removed before Readability, Readability gives up on the post and takes the comment thread
      const text = htmlToArticle(page('short-post-long-comments.html'))?.text ?? ''
      assert.ok(text.startsWith('The two fisheries ministers met on the quay'), text.slice(0, 80))
      assert.ok(text.endsWith('More when the texts are published.'))
      assert.ok(!/Thank you for this|Share this post|Tags:/.test(text), text)
    })

    it('returns a post drowned in its comments when the page without furniture shows it', () => {
      // Readability on the page as it is takes the short post and the thread below it
      const html = page('blog-post-with-comments.html')
      const [, after] = html.split('<div class="entry-content">')
      const paragraphs = (after ?? '').split('</div>')[0]?.match(/<p>.*?<\/p>/g) ?? []
      const short = paragraphs.slice(1).reduce((h, p) => h.replace(p, ''), html)
      const text = htmlToArticle(short)?.text ?? ''
      assert.ok(text.startsWith('When the two delegations finally sat down'), text.slice(0, 80))
      assert.ok(!text.includes('My father fished the northern banks'), 'a comment in the text')
    })
  })
})
