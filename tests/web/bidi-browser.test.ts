import request from 'supertest';
import type { TestApp } from '../support/app';
import { axeViolations, describeInBrowser, readmeScreenshot, screenshotOnFailure, servedInBrowser } from '../support/browser';

// An Arabic document quoted by an Arabic-named agency, and a claimant whose name and figure's words hold direction
// controls: U+202E RIGHT-TO-LEFT OVERRIDE (never closed) and the isolates U+2066/U+2069.
const AGENCY = 'لجنة الأمن القومي';
const TITLE = 'تقرير عن المقاتلين الأجانب في آسيا الوسطى';
const QUOTE = 'عاد 420 مقاتلاً إلى كازاخستان';
const TEXT = `قال رئيس اللجنة إن ${QUOTE} منذ عام 2014.`;
const SPEAKER = 'نورتاي أبيكاييف';
const TRICK = '\u202Egnp.exe \u2066isolated\u2069';
const WORDS = `310 \u202Ereturnees`;

const ids = { agency: 0, trick: 0, document: 0, arabicClaim: 0, trickClaim: 0 };

async function prepare(t: TestApp): Promise<void> {
  const post = async (path: string, body: object) => {
    const res = await request(t.app).post(path).set(t.as.editor).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number };
  };
  ids.agency = (await post('/v1/actors', { kind: 'government_agency', name: AGENCY, country: 'KZ', aliases: [TRICK] })).id;
  ids.trick = (await post('/v1/actors', { kind: 'ngo', name: TRICK, country: 'KZ' })).id;
  ids.document = (await post('/v1/documents', { kind: 'report', title: TITLE, language: 'ar', publisher_id: ids.agency, text: TEXT })).id;
  const claim = (claimant: number, value: number, value_text: string, quote: string) =>
    post('/v1/claims', {
      metric: 'returnees',
      country: 'KZ',
      value,
      approximation: 'exact',
      value_text,
      as_of: '2016',
      claimant_id: claimant,
      context: TRICK,
      sources: [{ document_id: ids.document, quote }],
    });
  ids.arabicClaim = (await claim(ids.agency, 420, '420 مقاتلاً', QUOTE)).id;
  ids.trickClaim = (await claim(ids.trick, 310, WORDS, 'منذ عام 2014')).id;
}

describeInBrowser('stored text shown with its direction isolated, in Chromium', () => {
  const served = servedInBrowser({ seed: true, prepare });

  const pages = () => [
    '/?country=KZ&metric=returnees',
    '/?q=%D9%85%D9%82%D8%A7%D8%AA%D9%84%D8%A7%D9%8B',
    `/claims/${ids.arabicClaim}`,
    `/claims/${ids.trickClaim}`,
    `/actors/${ids.agency}`,
    `/actors/${ids.trick}`,
    `/documents/${ids.document}`,
    '/compare/sources?country=KZ&metric=returnees',
    '/compare/timeline?country=KZ&metric=returnees',
    '/compare/countries?metric=returnees',
    '/countries/KZ',
  ];

  test('every right-to-left word and every direction control on a page is isolated, and each control is shown, not obeyed', async () => {
    const page = await served.browser.newPage();
    const faults: string[] = [];
    try {
      for (const path of pages()) {
        const res = await page.goto(served.server.base + path);
        expect({ path, status: res?.status() }).toEqual({ path, status: 200 });
        const found = await page.evaluate(() => {
          const RTL = /[\u0590-\u08FF]/;
          const CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
          // Where no element can go (a title, an SVG label, a caption's words) stored text stands between U+2068 and U+2069.
          const ISOLATED = /\u2068[^\u2068\u2069]*\u2069/g;
          const out: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = n.textContent ?? '';
            const outside = text.replace(ISOLATED, '');
            const parent = n.parentElement!;
            if (parent.closest('script, style, textarea, template')) continue;
            if (CONTROL.test(outside) && !(parent.matches('bdi.bidi-control') && text.length === 1))
              out.push(`control not alone in its bdi: <${parent.tagName.toLowerCase()}> ${JSON.stringify(text.slice(0, 40))}`);
            if (RTL.test(outside) && !parent.closest('bdi, [dir]'))
              out.push(`right-to-left text not isolated: <${parent.tagName.toLowerCase()}> ${JSON.stringify(text.slice(0, 40))}`);
          }
          const title = document.title.replace(ISOLATED, '');
          if (CONTROL.test(title) || RTL.test(title)) out.push(`title not isolated: ${JSON.stringify(document.title)}`);
          return out;
        });
        faults.push(...found.map((f) => `${path}: ${f}`));
      }
      expect(faults).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'bidi');
      throw e;
    } finally {
      await page.close();
    }
  });

  test('an override in a figure’s words reorders nothing after them, and is shown by its code point', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(`${served.server.base}/claims/${ids.trickClaim}`);
      const words = page.locator('dd', { has: page.locator('bdi') }).first();
      // The closing quotation mark after the words is drawn after them (an override left open had drawn it before).
      const order = await words.evaluate((dd) => {
        const bdi = dd.querySelector(':scope > bdi')!;
        const closing = bdi.nextSibling!;
        const range = document.createRange();
        range.selectNodeContents(closing);
        return { words: bdi.getBoundingClientRect().right, closing: range.getBoundingClientRect().left, text: closing.textContent };
      });
      expect(order.text).toBe('”');
      expect(order.closing).toBeGreaterThanOrEqual(order.words - 0.5);
      const control = page.locator('dd bdi.bidi-control').first();
      expect(await control.evaluate((e) => getComputedStyle(e, '::before').content)).toBe('"U+202E"');
      expect(await control.textContent()).toBe('\u202E'); // the stored character, kept
      await readmeScreenshot(page, 'claim-bidi', { fullPage: false });
    } finally {
      await page.close();
    }
  });

  test('a citation opened by an Arabic claimant name reads left to right, its full stop at its end', async () => {
    // A person's name opens the sentence as it is (an agency's gets "The" before it).
    const person = (
      await request(served.t.app).post('/v1/actors').set(served.t.as.editor).send({ kind: 'person', name: SPEAKER }).expect(201)
    ).body;
    const claim = (
      await request(served.t.app)
        .post('/v1/claims')
        .set(served.t.as.editor)
        .send({
          metric: 'returnees',
          country: 'KZ',
          value: 420,
          approximation: 'exact',
          value_text: '420',
          claimant_id: person.id,
          sources: [{ document_id: ids.document, quote: QUOTE }],
        })
        .expect(201)
    ).body;
    const page = await served.browser.newPage();
    try {
      await page.goto(`${served.server.base}/claims/${claim.id}`);
      for (const format of ['text', 'markdown', 'html']) {
        const citation = page.locator(`#citation-${format}`);
        expect(await citation.textContent()).toContain(`${SPEAKER} said`);
        // Drawn right to left (dir="auto" took the name's direction), the sentence's last full stop stood at its left.
        const drawn = await citation.evaluate((pre) => {
          const text = pre.lastChild!;
          const range = document.createRange();
          range.setStart(text, text.textContent!.trimEnd().length - 1);
          range.setEnd(text, text.textContent!.trimEnd().length);
          return {
            direction: getComputedStyle(pre).direction,
            stopLeft: range.getBoundingClientRect().left,
            preLeft: pre.getBoundingClientRect().left,
          };
        });
        expect({ format, direction: drawn.direction }).toEqual({ format, direction: 'ltr' });
        expect(drawn.stopLeft).toBeGreaterThan(drawn.preLeft + 100);
      }
    } finally {
      await page.close();
    }
  });

  test('an Arabic quote, document title and text read right to left, and the pages stay axe-clean', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(`${served.server.base}/claims/${ids.arabicClaim}`);
      const quote = page.locator('blockquote.in-context');
      expect(await quote.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
      expect(await quote.locator('mark').innerText()).toBe(QUOTE);
      await readmeScreenshot(page, 'claim-arabic', { fullPage: false });
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${served.server.base}/documents/${ids.document}`);
      expect(await page.locator('h1 bdi').innerText()).toBe(TITLE);
      expect(await page.locator('.document-text').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
      expect(await page.locator('.document-text').textContent()).toContain('قال رئيس اللجنة إن');
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${served.server.base}/?country=KZ&metric=returnees`);
      const title = page.locator('table.claims a', { hasText: TITLE.slice(0, 10) }).first();
      // The title's direction is its own: its first word is drawn at its right.
      const firstWordAtRight = await title.evaluate((a, first) => {
        const text = a.querySelector('bdi')!.firstChild!;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, first.length);
        return range.getBoundingClientRect().right >= a.getBoundingClientRect().right - 1;
      }, TITLE.split(' ')[0]);
      expect(firstWordAtRight).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
