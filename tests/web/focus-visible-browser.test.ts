import type { Page } from 'playwright-core';
import { loadAnalystData } from '../support/analystData';
import { describeInBrowser, screenshotOnFailure, servedInBrowser } from '../support/browser';

/**
 * Keyboard only (walk45): every stop of Tab on the explorer's pages shows the site's focus ring (3 px, solid), in light
 * and dark and in forced colours, and Tab goes round the page back to where it started (no trap). The ring was given by a
 * list of kinds of element, which left out <summary>: a country page's "…as a table" and the search's Filters kept
 * Chromium's 1 px ring.
 */
describeInBrowser('the focus on every control of the explorer, by the keyboard alone', () => {
  const env = servedInBrowser({ seed: true, prepare: async (t) => void (await loadAnalystData(t)) });

  /** Tabs round the page from its top: each stop, and whether it shows a solid outline of 2 px or more (a chart's mark: on its shape). */
  async function tabRound(page: Page): Promise<{ stops: number; unringed: string[]; round: boolean }> {
    const unringed: string[] = [];
    let first: string | null = null;
    for (let stops = 0; stops < 400; stops++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const ringed = (x: Element) => {
          const s = getComputedStyle(x);
          return s.outlineStyle === 'solid' && parseFloat(s.outlineWidth) >= 2;
        };
        const name = `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} “${(e.textContent ?? '').trim().slice(0, 40)}”`;
        return {
          key: `${name}@${Math.round(e.getBoundingClientRect().top + scrollY)}`,
          name,
          ringed: ringed(e) || [...e.children].some(ringed),
        };
      });
      if (stop === null || stop.key === first) return { stops, unringed, round: true };
      first ??= stop.key;
      if (!stop.ringed) unringed.push(stop.name);
    }
    return { stops: 400, unringed, round: false };
  }

  test('light, dark and forced colours: the search, a country, a comparison, a claim and sign-in', async () => {
    const claim = (await env.t.db('claims').orderBy('id').first('id')).id as number;
    const paths = [
      '/',
      '/countries/KZ',
      '/compare/countries?metric=foreign_fighters&country=KZ,KG,TJ,UZ,RU',
      `/claims/${claim}`,
      '/sign-in',
    ];
    for (const mode of ['light', 'dark', 'forced'] as const) {
      const context = await env.browser.newContext({
        viewport: { width: 1280, height: 900 },
        colorScheme: mode === 'dark' ? 'dark' : 'light',
        forcedColors: mode === 'forced' ? 'active' : 'none',
      });
      const page = await context.newPage();
      try {
        for (const path of paths) {
          await page.goto(env.server.base + path);
          await page.waitForLoadState('networkidle');
          const { stops, unringed, round } = await tabRound(page);
          expect({ mode, path, unringed, round }).toEqual({ mode, path, unringed: [], round: true });
          expect(stops).toBeGreaterThan(5);
        }
      } catch (e) {
        await screenshotOnFailure(page, `focus-visible-${mode}`);
        throw e;
      } finally {
        await context.close();
      }
    }
  });
});
