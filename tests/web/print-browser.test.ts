import type { Page } from 'playwright-core';
import { loadAnalystData } from '../support/analystData';
import { describeInBrowser, screenshotOnFailure, servedInBrowser } from '../support/browser';

/**
 * Printing a page (walk45): the style sheet had no print rules, so a printed country page carried the site's navigation,
 * the skip link, the data links and the comparison's form; its links' targets were lost on paper; a chart's figures
 * folded in "…as a table" were left out; and a reader in dark mode printed light text meant for a dark screen.
 */
describeInBrowser('a page printed in Chromium', () => {
  const env = servedInBrowser({ seed: true, prepare: async (t) => void (await loadAnalystData(t)) });

  /** What print shows of the page: what is displayed, a link's printed target, the text colour. */
  const printed = (page: Page) =>
    page.evaluate(() => {
      const shown = (e: Element) => {
        const box = e.getBoundingClientRect();
        return getComputedStyle(e).display !== 'none' && box.width > 0 && box.height > 0;
      };
      const all = (selector: string) => [...document.querySelectorAll(selector)];
      const link = all('main a[href^="/"]').find((a) => !a.closest('svg'))!;
      return {
        chrome: all('a.skip, header.site, footer.twins, main form, main button').filter(shown).length,
        formHeadings: all('main h2').filter((h) => h.nextElementSibling?.tagName === 'FORM' && shown(h)).length,
        linkTarget: [getComputedStyle(link, '::after').content, link.getAttribute('href')],
        foldedRows: all('details tbody tr').length,
        foldedRowsShown: all('details tbody tr').filter(shown).length,
        charts: all('main svg.chart-svg').filter(shown).length,
        ink: getComputedStyle(document.body).color,
      };
    });

  test('a country page and a comparison print their content alone, links with their targets, folded tables unfolded, dark ink', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await env.browser.newContext({ viewport: { width: 900, height: 1200 }, colorScheme });
      const page = await context.newPage();
      try {
        for (const path of ['/countries/KZ', '/compare/timeline?country=KZ&metric=foreign_fighters']) {
          await page.goto(env.server.base + path);
          await page.emulateMedia({ media: 'print' });
          const p = await printed(page);
          expect({ path, colorScheme, chrome: p.chrome, formHeadings: p.formHeadings, ink: p.ink }).toEqual({
            path,
            colorScheme,
            chrome: 0,
            formHeadings: 0,
            ink: 'rgb(27, 27, 27)',
          });
          expect(p.linkTarget[0]).toBe(`" (${p.linkTarget[1]})"`);
          expect(p.charts).toBeGreaterThan(0);
          if (path.startsWith('/countries/')) expect(p.foldedRows).toBeGreaterThan(0);
          expect(p.foldedRowsShown).toBe(p.foldedRows);
          // On screen, the page is as it was: its header, its form and its folded tables.
          await page.emulateMedia({ media: 'screen' });
          expect((await printed(page)).chrome).toBeGreaterThan(0);
        }
      } catch (e) {
        await screenshotOnFailure(page, `print-${colorScheme}`);
        throw e;
      } finally {
        await context.close();
      }
    }
  });
});
