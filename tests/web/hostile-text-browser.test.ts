import request from 'supertest';
import type { TestApp } from '../support/app';
import { collectConsoleErrors, describeInBrowser, screenshotOnFailure, servedInBrowser } from '../support/browser';

const LONG_WORD = 'Foreignfightersfromcentralasia'.repeat(5); // 150 letters, no break opportunity
const LONG_URL = `https://example.org/${'a-long-path-segment/'.repeat(6)}?q=${'x'.repeat(60)}`;
const MARKUP = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=2</script><a href="javascript:window.__hacked=3">click</a>';
const RTL = '\u202Egnp.exe\u202C \u2066isolated\u2069';

const ids = { actor: 0, document: 0, claim: 0 };

async function prepare(t: TestApp): Promise<void> {
  const post = async (path: string, body: object) => {
    const res = await request(t.app).post(path).set(t.as.editor).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number };
  };
  ids.actor = (await post('/v1/actors', { kind: 'ngo', name: `${LONG_WORD} ${RTL}`, country: 'KZ', aliases: [LONG_URL] })).id;
  const text = `Intro ${LONG_WORD} ${LONG_URL} ${MARKUP} ${RTL} says 420 fighters. End.`;
  ids.document = (
    await post('/v1/documents', { kind: 'report', title: `${LONG_WORD} ${MARKUP}`, url: LONG_URL, publisher_id: ids.actor, text })
  ).id;
  ids.claim = (
    await post('/v1/claims', {
      metric: 'foreign_fighters',
      country: 'KZ',
      value: 420,
      approximation: 'exact',
      value_text: `420 ${LONG_WORD}`,
      as_of: '2016',
      claimant_id: ids.actor,
      context: `${LONG_URL} ${RTL}`,
      notes: `${MARKUP} ${LONG_WORD} javascript:window.__hacked=4 ${LONG_URL}`,
      sources: [{ document_id: ids.document, quote: `${LONG_WORD} ${LONG_URL} ${MARKUP} ${RTL} says 420` }],
    })
  ).id;
}

describeInBrowser('hostile stored text in Chromium', () => {
  const served = servedInBrowser({ seed: true, prepare });

  const pages = () => [
    '/?country=KZ&metric=foreign_fighters',
    `/claims/${ids.claim}`,
    `/actors/${ids.actor}`,
    `/documents/${ids.document}`,
    '/compare/sources?country=KZ&metric=foreign_fighters',
    '/compare/timeline?country=KZ&metric=foreign_fighters',
    '/countries/KZ',
  ];

  test('long unbroken words and URLs never make a 320 px page scroll sideways', async () => {
    const page = await served.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      for (const path of pages()) {
        const res = await page.goto(served.server.base + path);
        expect({ path, status: res?.status() }).toEqual({ path, status: 200 });
        expect(await page.content()).toContain(LONG_WORD.slice(0, 60));
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect({ path, ...widths }).toEqual({ path, scroll: 320, client: 320 });
      }
    } catch (e) {
      await screenshotOnFailure(page, 'hostile-text-320');
      throw e;
    } finally {
      await page.close();
    }
  });

  test('stored markup, javascript: URLs and direction overrides never become markup, script or links', async () => {
    const page = await served.browser.newPage();
    const errors = collectConsoleErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const leaks: string[] = [];
    try {
      for (const path of pages()) {
        await page.goto(served.server.base + path);
        const found = await page.evaluate(() => ({
          hacked: (window as unknown as { __hacked?: number }).__hacked ?? null,
          injectedImages: document.querySelectorAll('img[src="x"], img[onerror]').length,
          javascriptLinks: [...document.querySelectorAll('a[href], [src], form[action]')].filter((e) =>
            /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? ''),
          ).length,
          // Text with a direction override is isolated, so it cannot reorder the text around it (it was counted,
          // never held to none: links, quotes and marks were not isolated).
          leakingOverrides: [...document.querySelectorAll('body *')]
            .filter(
              (e) =>
                [...e.childNodes].some((n) => n.nodeType === 3 && /\u202E/.test(n.textContent ?? '')) &&
                !['bdi', 'code', 'pre', 'textarea', 'title'].includes(e.tagName.toLowerCase()) &&
                getComputedStyle(e).unicodeBidi !== 'isolate' &&
                getComputedStyle(e).unicodeBidi !== 'plaintext' &&
                !e.closest('bdi,[dir]'),
            )
            .map((e) => `${e.tagName.toLowerCase()} in ${e.parentElement?.tagName.toLowerCase()}`),
        }));
        const { leakingOverrides, ...rest } = found;
        leaks.push(...leakingOverrides.map((e) => `${path}: ${e}`));
        expect({ path, ...rest }).toEqual({ path, hacked: null, injectedImages: 0, javascriptLinks: 0 });
      }
      // The markup is shown as the words it is.
      for (const path of [`/claims/${ids.claim}`, `/documents/${ids.document}`]) {
        await page.goto(served.server.base + path);
        expect(await page.locator('main').innerText()).toContain('<script>window.__hacked=2</script>');
      }
      expect(leaks).toEqual([]); // every page's, at once
      expect(dialogs).toBe(0);
      expect(errors.filter((e) => /Content Security Policy|hacked/i.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
