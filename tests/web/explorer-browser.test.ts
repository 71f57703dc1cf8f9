import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { AnalystData, loadAnalystData } from '../support/analystData';
import {
  axeViolations,
  collectConsoleErrors,
  describeInBrowser,
  launchBrowser,
  screenshotOnFailure,
  readmeScreenshot,
} from '../support/browser';

describeInBrowser('the explorer in Chromium: search, claim, actor and document pages', () => {
  let t: TestApp;
  let d: AnalystData;
  let server: Listening;
  let browser: Browser;
  let context: BrowserContext;
  let documentId: number;
  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    d = await loadAnalystData(t);
    const text = 'Officials said that around 500 Kyrgyz citizens had left, including 120 women, for Syria and Iraq.';
    documentId = (
      await request(t.app)
        .post('/v1/documents')
        .set(t.as.editor)
        .send({ kind: 'article', title: 'Kyrgyz fighters', url: 'https://example.org/kg', text })
        .expect(201)
    ).body.id;
    for (const [metric, value, words, quote] of [
      ['foreign_fighters', 500, 'around 500', 'around 500 Kyrgyz citizens had left, including 120 women'],
      ['women', 120, '120 women', '120 women, for Syria'],
    ] as const) {
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric,
          country: 'KG',
          claimant_id: d.actors.gknb,
          value,
          approximation: 'exact',
          value_text: words,
          sources: [{ document_id: documentId, quote }],
        })
        .expect(201);
    }
    server = await listen(t.app);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await t?.drop();
  });

  /** Opens a page, runs the checks, and leaves a screenshot when they fail. */
  async function onPage(name: string, url: string, check: (page: Page, errors: string[]) => Promise<void>): Promise<void> {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    try {
      await page.goto(server.base + url);
      await page.waitForLoadState('networkidle');
      await check(page, errors);
    } catch (e) {
      await screenshotOnFailure(page, `explorer-${name}`);
      throw e;
    } finally {
      await page.close();
    }
  }

  test('the analyst searches "Kazakh" with the keyboard, opens a claim, sees the quote marked and copies its citation', async () => {
    await onPage('walk', '/', async (page, errors) => {
      // Tab from the top: the skip link first (visible once focused), then on to the search field, each with a visible focus ring.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      const skip = await page.locator('a.skip').boundingBox();
      expect(skip && skip.x >= 0 && skip.y >= 0).toBe(true);
      let reached = false;
      const outlines: string[] = [];
      for (let i = 0; i < 10 && !reached; i++) {
        await page.keyboard.press('Tab');
        outlines.push(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle));
        reached = await page.evaluate(() => document.activeElement?.id === 'q');
      }
      expect(reached).toBe(true);
      expect(outlines.every((o) => o === 'solid')).toBe(true);
      await readmeScreenshot(page, 'home', { fullPage: false });
      await page.keyboard.type('Kazakh');
      await Promise.all([page.waitForURL(/\?q=Kazakh/), page.keyboard.press('Enter')]);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('table.claims tbody tr').count()).toBe(4);
      expect(await page.locator('table.claims mark').first().textContent()).toBe('Kazakh');
      expect(await axeViolations(page)).toEqual([]);
      await readmeScreenshot(page, 'search', { fullPage: false });
      // Tab reaches the result links too.
      await page.locator('#q').focus();
      let onClaimLink = false;
      for (let i = 0; i < 60 && !onClaimLink; i++) {
        await page.keyboard.press('Tab');
        onClaimLink = await page.evaluate(
          () => (document.activeElement as HTMLAnchorElement | null)?.classList.contains('figure') ?? false,
        );
      }
      expect(onClaimLink).toBe(true);
      await Promise.all([page.waitForURL(/\/claims\/\d+$/), page.locator('a.figure', { hasText: 'over 300' }).click()]);
      await page.waitForLoadState('networkidle');
      expect(page.url()).toBe(`${server.base}/claims/${d.claims.knb300}`);
      const marked = await page.locator('blockquote.in-context mark').first().textContent();
      expect(marked).toBe(
        'The chairman of the Kazakh National Security Committee (KNB), Nurtai Abykaev, said that "over 300" Kazakh militants in Islamic State had formed their own jamaat (fighting unit).',
      );
      // The copy buttons are shown by the script; one click copies the citation.
      const button = page.locator('button[data-copy-target="citation-text"]');
      expect(await button.isVisible()).toBe(true);
      await button.click();
      await page.waitForFunction(
        () => document.querySelector('button[data-copy-target="citation-text"]')?.textContent === 'Copied Plain text',
      );
      // Which citation was copied is said to screen readers too, by the page's status region.
      expect(await page.locator('#announcer').textContent()).toBe('Copied Plain text');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.locator('#citation-text').textContent());
      expect(copied).toContain('Nurtai Abykaev, chairman of the National Security Committee of Kazakhstan (KNB), said “over 300”');
      expect(await axeViolations(page)).toEqual([]);
      await readmeScreenshot(page, 'claim', { fullPage: false });
      expect(errors).toEqual([]);
    });
  });

  test('without JavaScript the pages read the same and the copy buttons stay hidden', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${server.base}/claims/${d.claims.knb300}`);
      expect(await page.locator('blockquote.in-context mark').count()).toBe(2);
      expect(await page.locator('button[data-copy-target]').first().isVisible()).toBe(false);
      expect(await page.locator('#citation-bibtex').textContent()).toContain('@misc{');
      // Each "Download" link saves a file named by its claim and format (BibTeX and RIS had been saved as "citation",
      // without an extension; plain text and the others had opened in the tab).
      for (const [label, ext] of [
        ['BibTeX', 'bib'],
        ['Plain text', 'txt'],
      ]) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: `Download ${label}` }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(`claim-${d.claims.knb300}_citation.${ext}`);
      }
      await page.goto(`${server.base}/?q=women`);
      expect(await page.locator('table.claims mark').count()).toBeGreaterThan(0);
    } finally {
      await noScript.close();
    }
  });

  const pages: [string, () => string, (page: Page) => Promise<void>][] = [
    [
      'retracted',
      () => `/claims/${d.claims.icsrKzRetracted}`,
      async (page) => {
        expect(await page.locator('.notice.retracted').textContent()).toContain('typing error: the report says 360');
      },
    ],
    [
      'superseded',
      () => `/claims/${d.claims.fsb1500}`,
      async (page) => {
        expect(await page.locator('ol.chain li').count()).toBe(3);
      },
    ],
    [
      'actor',
      () => `/actors/${d.actors.abykaev}`,
      async (page) => {
        expect(await page.locator('h1').textContent()).toBe('Nurtai Abykaev');
      },
    ],
    [
      'document',
      () => `/documents/${documentId}`,
      async (page) => {
        expect(await page.locator('.document-text mark').count()).toBe(3);
        expect(await page.locator('.document-text mark.overlap').textContent()).toBe('120 women');
      },
    ],
    [
      'as-recorded',
      () => `/?country=KZ&as_recorded=${encodeURIComponent(new Date().toISOString())}`,
      async (page) => {
        expect(await page.locator('.as-recorded').textContent()).toContain('As recorded at');
      },
    ],
  ];
  test.each(pages)('the %s page has no axe violation and no console error', async (name, url, check) => {
    await onPage(name, url(), async (page, errors) => {
      await check(page);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      if (name === 'actor' || name === 'document') await readmeScreenshot(page, name, { fullPage: false });
    });
  });

  test('the 404 page has no axe violation', async () => {
    await onPage('not-found', '/claims/987654', async (page, errors) => {
      expect(await page.locator('h1').textContent()).toBe('Not found');
      expect(await axeViolations(page)).toEqual([]);
      // The browser reports the page's own 404 status; nothing else may fail.
      expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    });
  });
});
