import type { Page } from 'playwright-core'

/** The browser the dashboard tests drive (they are skipped when it is not installed). */
export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
]

/** What the predicates read in the page (the tests are compiled without the DOM library). */
export interface PageGlobals {
  readonly document: { readonly body: { readonly dataset: Record<string, string | undefined> } }
  readonly location: { readonly hash: string }
  readonly sessionStorage: { clear(): void }
}

/** Waits until the view at the current address has finished loading its data. */
export async function ready(page: Page): Promise<void> {
  // a function, not a string: a string predicate is eval()ed in the page, which the dashboard's CSP forbids
  await page.waitForFunction(
    () => {
      const page = globalThis as unknown as PageGlobals
      return page.document.body.dataset.ready === (page.location.hash || '#/')
    },
    null,
    { timeout: 15_000 },
  )
}
