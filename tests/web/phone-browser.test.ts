import { axeViolations, describeInBrowser, screenshotOnFailure, servedInBrowser, SEEDED_PAGES } from '../support/browser';

/**
 * Every page with a table, on a 320 px phone. Cells used to shrink to one letter's width (long words break
 * anywhere, so nothing held a column open): "Kazakhstan" read K/a/z/a/k/h… down the cell, the sources table one
 * letter a line in nine columns. Tables now keep their words whole and scroll sideways in their own box.
 */
describeInBrowser('tables, charts and forms on a 320 px phone', () => {
  const served = servedInBrowser({ seed: true });

  const pages = ['/', '/?q=women', ...SEEDED_PAGES];

  test('no ordinary word in a table is split across lines, the page never scrolls sideways, and axe passes', async () => {
    const page = await served.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      for (const path of pages) {
        const res = await page.goto(served.server.base + path);
        expect({ path, status: res?.status() }).toEqual({ path, status: 200 });
        const found = await page.evaluate(() => {
          const split: string[] = [];
          for (const cell of document.querySelectorAll('main td, main th')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              for (const m of n.textContent!.matchAll(/[\p{L}\p{N}]{2,20}/gu)) {
                const range = document.createRange();
                range.setStart(n, m.index);
                range.setEnd(n, m.index + m[0].length);
                const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
                if (lines.size > 1) split.push(m[0]);
              }
            }
          }
          return {
            tables: document.querySelectorAll('main table').length,
            split: [...new Set(split)].slice(0, 5),
            scroll: document.documentElement.scrollWidth,
          };
        });
        expect({ path, ...found, tables: found.tables > 0 }).toEqual({ path, tables: true, split: [], scroll: 320 });
        expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
      }
    } catch (e) {
      await screenshotOnFailure(page, 'tables-320');
      throw e;
    } finally {
      await page.close();
    }
  });

  test("claims are cards on a phone: each claim's status and sources are seen without scrolling sideways, under their column's name", async () => {
    const page = await served.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      for (const path of ['/?country=KZ', '/actors/4', '/documents/1']) {
        await page.goto(served.server.base + path);
        const cards = await page.evaluate(() =>
          [...document.querySelectorAll('table.claims tbody tr')].map((row) => ({
            wrapScrolls: row.closest('.table-wrap')!.scrollWidth > row.closest('.table-wrap')!.clientWidth,
            statusInView: row.querySelector('.status')!.getBoundingClientRect().right <= window.innerWidth,
            labels: [...row.querySelectorAll('td[data-label]')].map((td) => getComputedStyle(td, '::before').content),
          })),
        );
        expect(cards.length).toBeGreaterThan(0);
        for (const card of cards)
          expect({ path, ...card }).toEqual({
            path,
            wrapScrolls: false,
            statusInView: true,
            labels: ['"Claimant"', '"Reported in"', '"As of"', '"Status"'],
          });
      }
      expect(await axeViolations(page)).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'claim-cards-320');
      throw e;
    } finally {
      await page.close();
    }
  });

  test('a search shows its claims before its facets: under them on a phone, at their right on a wide screen, one order for eyes and keys', async () => {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 1280, height: 900 },
    ]) {
      const page = await served.browser.newPage({ viewport });
      try {
        await page.goto(served.server.base + '/?country=KZ&sort=-value');
        const found = await page.evaluate(() => {
          const claim = document.querySelector('table.claims tbody tr')!;
          const facets = document.querySelector('aside.facets')!;
          const [c, f] = [claim.getBoundingClientRect(), facets.getBoundingClientRect()];
          return {
            claimFirstInDom: (claim.compareDocumentPosition(facets) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
            facetsUnder: f.top >= c.bottom,
            facetsRight: f.left >= c.right,
            // The filters in use are said by their chips: the form's filter fields stay folded away.
            filtersOpen: document.querySelector<HTMLDetailsElement>('details.filters')!.open,
            summary: document.querySelector('details.filters summary')!.textContent,
          };
        });
        expect({ ...viewport, ...found }).toEqual({
          ...viewport,
          claimFirstInDom: true,
          facetsUnder: viewport.width === 320,
          facetsRight: viewport.width !== 320,
          filtersOpen: false,
          summary: 'Filters (1 in use)',
        });
        // The link at the top of the results takes a keyboard to the facets past every claim.
        await page.focus('.to-facets a');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement!.closest('aside')?.id)).toBe('facets');
        expect(await axeViolations(page)).toEqual([]);
      } catch (e) {
        await screenshotOnFailure(page, `results-first-${viewport.width}`);
        throw e;
      } finally {
        await page.close();
      }
    }
  });

  test('charts keep the size their labels were drawn for, scrolling sideways in their own box, and the page does not', async () => {
    const page = await served.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      for (const path of pages.filter((p) => /compare|countries/.test(p))) {
        await page.goto(served.server.base + path);
        const found = await page.evaluate(() => ({
          // Rendered width over drawn width: 0.42 at 320 px before (12 px labels drawn at 5 px).
          scales: [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg:not(.map)')].map(
            (svg) => Math.round((svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * 100) / 100,
          ),
          scroll: document.documentElement.scrollWidth,
        }));
        expect({ path, charts: found.scales.length > 0, ...found }).toEqual({
          path,
          charts: true,
          scales: found.scales.map(() => 1),
          scroll: 320,
        });
      }
    } finally {
      await page.close();
    }
  });

  test('every form control reads at the text size of its page, not the browser default of 13 px', async () => {
    const page = await served.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      for (const path of [...pages, '/?country=Atlantis', '/sign-in']) {
        await page.goto(served.server.base + path);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea, main button')]
            .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 15)
            .map((e) => e.id || e.getAttribute('name') || e.tagName),
        );
        expect({ path, small }).toEqual({ path, small: [] });
      }
    } finally {
      await page.close();
    }
  });
});
