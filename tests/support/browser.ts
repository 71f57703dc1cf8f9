import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { createTestApp, listen, Listening, TestApp } from './app';

/** Debian's Chromium, installed by .ci/run with apt; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `describe` for browser tests: skipped with a message when Chromium is absent, except under CI=true, where a
 * missing browser fails the run instead of passing silently.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (fs.existsSync(CHROMIUM) || process.env.CI === 'true') {
    describe(name, body);
  } else {
    describe.skip(`${name} (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium fonts-dejavu-core)`, body);
  }
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: .ci/run installs it with apt`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** Console errors and Content-Security-Policy violations seen on a page, for tests that assert there are none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules, and unique ids) in the page; injected by evaluate because the CSP blocks
 * added script tags.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // WCAG 2.2 made 4.1.1 (Parsing) obsolete and axe retired its duplicate-id rules, but a second chart's `hatch`
      // or a second form's field id still sends a reference to the wrong element: they stay checked.
      rules: { 'duplicate-id': { enabled: true }, 'duplicate-id-active': { enabled: true } },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** Where failing browser tests leave a screenshot (git ignores it); docs/screenshots holds the README's. */
/**
 * The seeded ledger's pages that every whole-site browser check visits beside its own: an actor, a document, a country
 * and the three comparisons.
 */
export const SEEDED_PAGES = [
  '/actors/4',
  '/documents/1',
  '/countries/KZ',
  '/compare/sources?country=KZ&metric=foreign_fighters',
  '/compare/timeline?country=RU&metric=foreign_fighters',
  '/compare/countries?metric=foreign_fighters',
];

export const FAILURE_SHOTS = path.resolve(__dirname, '../../.data/browser-failures');

export async function screenshotOnFailure(page: Page, name: string): Promise<string> {
  fs.mkdirSync(FAILURE_SHOTS, { recursive: true });
  const file = path.join(FAILURE_SHOTS, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Where the README's screenshots live. */
export const README_SHOTS = path.resolve(__dirname, '../../docs/screenshots');

/**
 * A README screenshot: written when SCREENSHOTS=1, or when the file is missing, so ordinary runs leave git clean.
 * A shot that is not of the full page shows the page's top.
 */
export async function readmeScreenshot(page: Page, name: string, options: { fullPage: boolean }): Promise<void> {
  const file = path.join(README_SHOTS, `${name}.png`);
  if (process.env.SCREENSHOTS !== '1' && fs.existsSync(file)) return;
  fs.mkdirSync(README_SHOTS, { recursive: true });
  if (!options.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: options.fullPage });
}

/** Selects, as an editor would with the mouse, the first occurrence of `words` in the text of the element `rootId`. */
export async function selectWords(page: Page, rootId: string, words: string): Promise<void> {
  await page.evaluate(
    ([id, wanted]) => {
      const root = document.getElementById(id)!;
      const from = root.textContent!.indexOf(wanted);
      if (from < 0) throw new Error(`not in #${id}: ${wanted}`);
      const to = from + wanted.length;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (from >= at && from <= at + len) range.setStart(n, from - at);
        if (to >= at && to <= at + len) {
          range.setEnd(n, to - at);
          break;
        }
        at += len;
      }
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    [rootId, words] as const,
  );
}

/**
 * The review's outcome notice as shown ("Saved as claim 12."): its query parameter (`accepted=12`) is taken out of the
 * address by the script once the page has loaded (src/web/client/announce.ts), so tests read the page, as editors do.
 */
export async function outcomeNotice(page: Page): Promise<string> {
  return ((await page.locator('.outcome .notice').textContent()) ?? '').trim();
}

/** The claim the review's outcome notice says was saved ("Saved as claim 12."). */
export async function savedClaimId(page: Page): Promise<number> {
  const notice = await outcomeNotice(page);
  const saved = /^Saved as claim (\d+)\.(?: Subdivisions? [A-Z]{2}-.*)?$/.exec(notice);
  if (!saved) throw new Error(`the notice does not say a claim was saved: ${notice}`);
  return Number(saved[1]);
}

/** What a browser test works on: the app over HTTP, and Chromium. */
export interface ServedApp {
  t: TestApp;
  server: Listening;
  browser: Browser;
}

/**
 * Registers, in the calling describe, a fresh ledger (`seed`: with the seed data), `prepare` run on it before it
 * is served, and Chromium, all closed after; the fields are set once beforeAll has run.
 */
export function servedInBrowser(options: { seed?: boolean; prepare?: (t: TestApp) => Promise<void> } = {}): ServedApp {
  const env = {} as ServedApp;
  beforeAll(async () => {
    env.t = await createTestApp({ seed: options.seed });
    await options.prepare?.(env.t);
    env.server = await listen(env.t.app);
    env.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
    await env.t?.drop();
  });
  return env;
}
