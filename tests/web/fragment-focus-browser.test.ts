import type { Page } from 'playwright-core';
import { documentProposing, saidCandidate } from '../workspace/support';
import { axeViolations, describeInBrowser, screenshotOnFailure, SEEDED_PAGES, servedInBrowser } from '../support/browser';

const TEXT = 'Officials said that "over 300" militants had left.\n\nA later report put the number of women among them at around 150.';
const [FIRST, SECOND] = TEXT.split('\n\n');

/** Where the focus is: the id of the element a fragment points at when the focus is on it or within it, else what has it. */
const focusIn = (page: Page, id: string) =>
  page.evaluate((target) => {
    const t = document.getElementById(target);
    const a = document.activeElement;
    return t && a && t.contains(a) ? target : `${a?.tagName.toLowerCase()}#${a?.id ?? ''}`;
  }, id);

/**
 * Every link of the ledger's pages to a `#fragment` of a page, and the review's redirect after its last decision, land
 * the focus on the fragment's target (or within it), with script off: the browser only focuses a target that takes the
 * focus (src/web/components/fragmentTarget.ts), else the page scrolls and the focus stays on the body.
 */
describeInBrowser('a link or a redirect to a #fragment focuses its target, without script', () => {
  let documentId: number;
  const twoTabs: number[] = [];
  const served = servedInBrowser({
    seed: true,
    prepare: async (t) => {
      const candidates = [
        saidCandidate(TEXT, 'c1', 'over 300', FIRST, { value: 300, approximation: 'more_than' }),
        saidCandidate(TEXT, 'c2', 'around 150', SECOND, { value: 150, approximation: 'approximately', metric: 'women' }),
      ];
      documentId = await documentProposing(t, 'Fragments', TEXT, candidates);
      for (const tab of ['one', 'another'])
        twoTabs.push(await documentProposing(t, `Two tabs, ${tab}`, `${TEXT}\n\nIn ${tab} tab.`, candidates));
    },
  });

  test('every same-site link with a fragment, on the explorer and the workspace pages', async () => {
    const context = await served.browser.newContext();
    await context.route(/\/assets\/app\.js/, (r) => r.abort());
    const page = await context.newPage();
    const base = served.server.base;
    try {
      await page.goto(`${base}/sign-in`);
      await page.fill('#key', served.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
      const pages = [
        '/',
        '/claims/1',
        '/docs',
        ...SEEDED_PAGES,
        `/workspace/documents/${documentId}`,
        '/workspace/claims/1/edit',
        '/workspace/claims/1/retract',
      ];
      const unfocused: string[] = [];
      const seen = new Set<string>();
      for (const path of pages) {
        await page.goto(base + path);
        const links = await page.$$eval('a[href*="#"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
        for (const link of links.filter((l) => l.startsWith(base) && !seen.has(l))) {
          seen.add(link);
          await page.goto(base + path);
          await page.goto(link);
          const id = decodeURIComponent(new URL(link).hash.slice(1));
          const at = await focusIn(page, id);
          if (at !== id) unfocused.push(`${link.slice(base.length)} (from ${path}): the focus is on ${at}`);
        }
      }
      expect(seen.size).toBeGreaterThan(10);
      expect(unfocused).toEqual([]);

      // Rejecting the last open candidate lands on the list's heading.
      await page.goto(`${base}/workspace/documents/${documentId}`);
      for (const cid of ['c1', 'c2']) {
        await Promise.all([page.waitForNavigation(), page.click(`#cand-${cid} button[name="action"][value="reject"]`)]);
      }
      expect(new URL(page.url()).hash).toBe('#cands-h');
      expect(await focusIn(page, 'cands-h')).toBe('cands-h');
    } catch (e) {
      await screenshotOnFailure(page, 'fragment-focus');
      throw e;
    } finally {
      await context.close();
    }
  });
  /**
   * A form's action names its own list of errors (`…/candidates/c1#c1-errors`), which only the form's page has: a page
   * answering it with a refusal of another kind (the candidate decided meanwhile in another tab, a token from an older
   * page) had left the focus on the body, the screen reader silent. The page's message takes it, with script or without.
   */
  test('a form refused by a page of its own focuses that page, not the body', async () => {
    for (const script of [false, true]) {
      const context = await served.browser.newContext();
      if (!script) await context.route(/\/assets\/app\.js/, (r) => r.abort());
      const [first, second] = [await context.newPage(), await context.newPage()];
      const base = served.server.base;
      try {
        await first.goto(`${base}/sign-in`);
        await first.fill('#key', served.t.keys.editor);
        await Promise.all([first.waitForNavigation(), first.press('#key', 'Enter')]);
        const [cid, other, twoTabsId] = script ? ['c2', 'c1', twoTabs[1]] : ['c1', 'c2', twoTabs[0]];
        for (const tab of [first, second]) await tab.goto(`${base}/workspace/documents/${twoTabsId}?open=${cid}`);
        const accept = `#cand-${cid} button[name="action"][value="accept"]`;
        await Promise.all([first.waitForNavigation(), first.click(accept)]);
        await second.fill(`#cand-${cid} textarea[name="notes"]`, 'Typed in the second tab.');
        const [decided] = await Promise.all([second.waitForNavigation(), second.click(accept)]);
        expect(decided?.status()).toBe(409);
        expect(await second.locator('h1').textContent()).toBe('Already done');
        expect(await focusIn(second, 'page-message')).toBe('page-message');

        // A token from a page older than the session: another tab signed out and in again.
        await first.goto(`${base}/workspace/documents/${twoTabsId}?open=${other}`);
        await second.goto(`${base}/workspace`);
        await Promise.all([second.waitForNavigation(), second.click('form[action^="/sign-out"] button')]);
        await second.fill('#key', served.t.keys.editor);
        await Promise.all([second.waitForNavigation(), second.press('#key', 'Enter')]);
        const [stale] = await Promise.all([first.waitForNavigation(), first.click(`#cand-${other} button[name="action"][value="accept"]`)]);
        expect(stale?.status()).toBe(403);
        expect(await focusIn(first, 'page-message')).toBe('page-message');
        expect(await axeViolations(first)).toEqual([]);
      } catch (e) {
        await screenshotOnFailure(second, `refused-form-focus-${script}`);
        throw e;
      } finally {
        await context.close();
      }
    }
  });

  test('the skip link, once focused, covers no other link or button, at a phone width and a desktop one', async () => {
    for (const width of [390, 1280]) {
      const context = await served.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      try {
        for (const path of ['/', '/claims/1', '/docs', ...SEEDED_PAGES]) {
          await page.goto(served.server.base + path);
          await page.keyboard.press('Tab');
          expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
          const covered = await page.evaluate(() => {
            const skip = document.activeElement!.getBoundingClientRect();
            return Array.from(document.querySelectorAll<HTMLElement>('a, button, input, select, textarea'))
              .filter((el) => el !== document.activeElement)
              .filter((el) => {
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.left < skip.right && r.right > skip.left && r.top < skip.bottom && r.bottom > skip.top;
              })
              .map((el) => `${el.tagName.toLowerCase()} “${el.textContent?.trim()}”`);
          });
          expect({ width, path, covered }).toEqual({ width, path, covered: [] });
          expect(await axeViolations(page)).toEqual([]);
        }
      } catch (e) {
        await screenshotOnFailure(page, `skip-link-${width}`);
        throw e;
      } finally {
        await context.close();
      }
    }
  });
});
