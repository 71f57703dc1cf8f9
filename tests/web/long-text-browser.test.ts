import request from 'supertest';
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/app';
import { axeViolations, describeInBrowser, screenshotOnFailure, servedInBrowser } from '../support/browser';

/** A 500-character URL with no break opportunity, in a document's title (as pasted from a browser's address bar). */
const LONG_URL = `https://example.org/${'x'.repeat(480)}`.slice(0, 500);
/** A quote as long as the ledger takes one (claim.json's Source quote: 5,000 characters), in a 10,000-character text. */
const QUOTE = `${Array.from({ length: 500 }, (_, i) => `word${i} `)
  .join('')
  .slice(0, 4960)} said 420 fighters`;
const TEXT = `${'Before the quote. '.repeat(150)}${QUOTE}. ${'After the quote. '.repeat(160)}`;
/** An actor of 200 aliases: more than the API takes (50), as a row written before that limit or by hand would hold. */
const ALIASES = Array.from({ length: 200 }, (_, i) => `Alias-number-${i}-${'z'.repeat(30)}`);
/** As many places as a claim's location takes (50), each a country. */
const PLACES = [
  ...'AF AL AM AT AZ BA BE BG BY CH CN CZ DE DK EE EG ES FI FR GB GE GR HR HU IE IN IQ IR IT JO KG KZ LB LT LU LV LY MA MD ME'.split(' '),
  ...'MK MN NL NO PK PL PT RO RS RU'.split(' '),
];

const ids = { actor: 0, document: 0, claim: 0 };

async function prepare(t: TestApp): Promise<void> {
  const post = async (path: string, body: object) => {
    const res = await request(t.app).post(path).set(t.as.editor).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number };
  };
  ids.actor = (
    await post('/v1/actors', { kind: 'ngo', name: `Many names ${LONG_URL.slice(0, 200)}`, country: 'KZ', aliases: ALIASES.slice(0, 50) })
  ).id;
  await t.db('actors').where({ id: ids.actor }).update({ aliases: ALIASES });
  ids.document = (
    await post('/v1/documents', { kind: 'report', title: `Read at ${LONG_URL}`, url: LONG_URL, publisher_id: ids.actor, text: TEXT })
  ).id;
  ids.claim = (
    await post('/v1/claims', {
      metric: 'foreign_fighters',
      country: 'KZ',
      location: PLACES,
      value: 420,
      approximation: 'exact',
      value_text: '420',
      as_of: '2016',
      claimant_id: ids.actor,
      context: LONG_URL,
      sources: [{ document_id: ids.document, quote: QUOTE }],
    })
  ).id;
  // An edit whose change holds the long word: the history's table of changes is wider than a phone and scrolls in its
  // box, which the keyboard alone must be able to scroll (axe's scrollable-region-focusable).
  const edit = await request(t.app)
    .patch(`/v1/claims/${ids.claim}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ notes: `Checked against ${LONG_URL}`, reason: 'the address it was checked against' });
  if (edit.status !== 200) throw new Error(`PATCH: ${edit.status} ${JSON.stringify(edit.body)}`);
}

/**
 * What does not fit: the page's width beyond the viewport, and boxes that cut their text (hidden overflow wider or
 * taller than the box) with no way to read the rest: a scrolling box (.table-wrap, overflow auto) is a way.
 */
const misfits = (page: Page) =>
  page.evaluate(() => {
    const cut = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => {
        const style = getComputedStyle(e);
        const hides = (o: string) => o === 'hidden' || o === 'clip';
        const wider = hides(style.overflowX) && e.scrollWidth > e.clientWidth + 1;
        const taller = hides(style.overflowY) && e.scrollHeight > e.clientHeight + 1;
        // The visually hidden text for screen readers (a 1 px box) is read in full by them.
        return (wider || taller) && e.clientWidth > 1 && !e.closest('svg');
      })
      .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`);
    return { scroll: document.documentElement.scrollWidth, width: window.innerWidth, cut: cut.slice(0, 5) };
  });

describeInBrowser('long stored text in Chromium', () => {
  const served = servedInBrowser({ seed: true, prepare });

  const pages = () => [
    '/?country=KZ&metric=foreign_fighters',
    `/?q=${encodeURIComponent('word100')}`,
    `/claims/${ids.claim}`,
    `/actors/${ids.actor}`,
    `/documents/${ids.document}`,
    '/compare/sources?country=KZ&metric=foreign_fighters',
    '/compare/timeline?country=KZ&metric=foreign_fighters',
    '/countries/KZ',
  ];

  test.each([375, 1280])('at %i px no page that shows them scrolls sideways or cuts their text', async (width) => {
    const page = await served.browser.newPage({ viewport: { width, height: 800 } });
    try {
      for (const path of pages()) {
        const res = await page.goto(served.server.base + path);
        expect({ path, status: res?.status() }).toEqual({ path, status: 200 });
        expect({ path, ...(await misfits(page)) }).toEqual({ path, scroll: width, width, cut: [] });
      }
    } catch (e) {
      await screenshotOnFailure(page, `long-text-${width}`);
      throw e;
    } finally {
      await page.close();
    }
  });

  test('the long texts are on their pages in full, and the pages are axe-clean', async () => {
    const page = await served.browser.newPage({ viewport: { width: 375, height: 800 } });
    const shown = async (path: string) => {
      await page.goto(served.server.base + path);
      return page.locator('main').textContent();
    };
    try {
      expect(await shown(`/documents/${ids.document}`)).toContain(LONG_URL);
      // The text in full, the quote marked, after the link to the claim quoting it.
      expect(await shown(`/documents/${ids.document}`)).toContain(TEXT.trim().replace(QUOTE, `[${ids.claim}]${QUOTE}`));
      expect(await shown(`/claims/${ids.claim}`)).toContain(QUOTE);
      const actor = await shown(`/actors/${ids.actor}`);
      expect(ALIASES.filter((a) => !actor!.includes(a))).toEqual([]);
      for (const path of pages()) {
        await page.goto(served.server.base + path);
        expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
      }
    } catch (e) {
      await screenshotOnFailure(page, 'long-text-axe');
      throw e;
    } finally {
      await page.close();
    }
  });
});
