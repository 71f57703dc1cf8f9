import type { BrowserContext, Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { ClaimService } from '../../src/claims/service';
import { axeViolations, describeInBrowser, screenshotOnFailure, servedInBrowser } from '../support/browser';

/** An article written for these walks in a news outlet's style (its people and figures are invented): 1,065 words. */
const ARTICLE = fs.readFileSync(path.join(__dirname, '../fixtures/web/tajik-returnees.txt'), 'utf8');

/**
 * Round 5 of trying the pages as new users would (analysts, researchers, editors), over the seed data: what was found
 * broken is pinned here, in one browser and one server. The navigation says where you are; a refused form (the
 * search's, the comparison pages', the sign-in's, a candidate's) brings focus to what is wrong, lists it in the form's
 * order and ties each message to its field, with script off too; forced-colours mode keeps the keys to colour and the
 * current candidate visible.
 */
describeInBrowser('new users in Chromium: where am I, what went wrong, forced colours', () => {
  const env = servedInBrowser({ seed: true });
  let scripted: BrowserContext;
  let plain: BrowserContext;
  beforeAll(async () => {
    scripted = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    plain = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  });
  afterAll(async () => {
    await scripted?.close();
    await plain?.close();
  });

  /** The two ways every form is tried: with script, and with script off. */
  const withAndWithoutScript = () =>
    [
      [scripted, 'script'],
      [plain, 'no script'],
    ] as const;

  /** Runs `body` on a new page of `context`, leaving a screenshot named `name` when it fails. */
  async function onPage(context: BrowserContext, name: string, body: (page: Page) => Promise<void>): Promise<void> {
    const page = await context.newPage();
    try {
      await body(page);
    } catch (e) {
      await screenshotOnFailure(page, `new-user-${name}`);
      throw e;
    } finally {
      await page.close();
    }
  }

  const open = async (page: Page, path: string, status = 200) => {
    const res = await page.goto(env.server.base + path);
    expect({ path, status: res?.status() }).toEqual({ path, status });
  };

  /** The header's links marked current, as "text=aria-current". */
  const currentLinks = (page: Page) =>
    page.$$eval('header.site a[aria-current]', (links) => links.map((a) => `${a.textContent}=${a.getAttribute('aria-current')}`));

  /** What the element focused is, and what a screen reader reads as its description. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const described = (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`);
      return { id: el.id, description: described.join(' | ') };
    });

  /** Each field of a form marked invalid: its id and the messages its aria-describedby points at. */
  const invalidFields = (page: Page, form: string) =>
    page.$$eval(`${form} [aria-invalid="true"]`, (fields) =>
      fields.map((f) => ({
        id: f.id,
        described: (f.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`),
      })),
    );

  test('the navigation marks the page you are on, and its section, in words and not by colour alone', async () => {
    await onPage(scripted, 'nav', async (page) => {
      await open(page, '/');
      expect(await currentLinks(page)).toEqual(['Search=page']);
      // Bold and thickly underlined, beside links that are neither.
      const style = (sel: string) =>
        page.$eval(sel, (a) => `${getComputedStyle(a).fontWeight} ${getComputedStyle(a).textDecorationThickness}`);
      expect(await style('header.site nav a[aria-current]')).toBe('700 3px');
      expect(await style('header.site nav a[href^="/compare/countries"]')).not.toBe('700 3px');
      expect(await axeViolations(page)).toEqual([]);

      await open(page, '/?q=women&country=KZ');
      expect(await currentLinks(page)).toEqual(['Search=page']);
      await open(page, '/compare/countries?metric=foreign_fighters');
      expect(await currentLinks(page)).toEqual(['Countries=page']);
      // A claim, a country or the comparison of sources is on no page of the navigation.
      for (const path of ['/claims/2', '/countries/KZ', '/compare/sources?country=KZ&metric=foreign_fighters']) {
        await open(page, path);
        expect({ path, current: await currentLinks(page) }).toEqual({ path, current: [] });
      }
      // The workspace sends a visitor to sign in: that page is marked.
      await open(page, '/workspace');
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      expect(await currentLinks(page)).toEqual(["Sign in to the editors' workspace=page"]);
    });
  });

  test('an error a page meets is a page: titled, one heading, what happened, a way back (an unexpected fault included)', async () => {
    const fault = jest.spyOn(ClaimService.prototype, 'get').mockRejectedValue(new TypeError('a fault no rule foresaw'));
    try {
      await onPage(scripted, 'error-pages', async (page) => {
        for (const [path, status, title] of [
          ['/claims/2', 500, 'Something went wrong'],
          ['/claims/2x', 400, 'Bad request'],
          ['/no/such/page', 404, 'Not found'],
        ] as const) {
          await open(page, path, status);
          expect({ path, title: await page.title(), h1: await page.locator('h1').allTextContents() }).toEqual({
            path,
            title: `${title} · Claims ledger`,
            h1: [title],
          });
          expect(await page.getByRole('link', { name: 'Search the ledger' }).count()).toBe(1);
          expect(await axeViolations(page)).toEqual([]);
        }
      });
    } finally {
      fault.mockRestore();
    }
  });

  test("a researcher's search links its rows as CSV and Excel with the same filters, and the whole ledger as a data package", async () => {
    await onPage(plain, 'data-links', async (page) => {
      await open(page, '/?q=Kazakh&country=KZ&limit=2');
      const links = await page.$$eval('footer.twins a', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(links).toEqual([
        ['JSON', '/v1/claims?q=Kazakh&country=KZ&limit=2'],
        ['CSV', '/v1/export/claims?format=csv&bom=1&q=Kazakh&country=KZ'],
        ['NDJSON', '/v1/export/claims?format=ndjson&q=Kazakh&country=KZ'],
        ['Excel (XLSX)', '/v1/export/claims?format=xlsx&q=Kazakh&country=KZ'],
        ['Their histories (CSV)', '/v1/export/claims?format=csv&include=revisions&bom=1&q=Kazakh&country=KZ'],
        ['The whole ledger as a data package (ZIP)', '/v1/export/datapackage'],
      ]);
      for (const [, href] of links.slice(1)) {
        const res = await page.request.get(env.server.base + href!);
        expect({ href, status: res.status(), type: res.headers()['content-type'] }).toEqual({
          href,
          status: 200,
          type: expect.stringMatching(/^(text\/csv|application\/(x-ndjson|vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|zip))/),
        });
      }
      // A view of the past offers no data package, which holds the ledger as it stands.
      await open(page, `/?as_recorded=${new Date().toISOString()}`);
      expect(await page.locator('footer.twins a', { hasText: 'data package' }).count()).toBe(0);
    });
  });

  test('a comparison query that cannot be drawn: focus on the list of errors, in the form’s order, each error at its field (script on and off)', async () => {
    for (const [context, mode] of withAndWithoutScript()) {
      await onPage(context, `compare-errors-${mode}`, async (page) => {
        await open(page, '/compare/sources?from=20x&country=Narnia&metric=nope', 400);
        expect(await page.title()).toBe('Sources compared: check the form · Claims ledger');
        expect((await focused(page)).id).toBe('query-errors');
        // The form shows metric, country, …, from: so does the list, by the fields' labels, each a link to its field.
        expect(await page.$$eval('#query-errors li a', (as) => as.map((a) => `${a.getAttribute('href')} ${a.textContent}`))).toEqual([
          '#field-metric Metric: "nope" is not a known metric (see /v1/metrics)',
          '#field-country Country: "Narnia" is not a known country, region or demonym',
          '#field-from From (optional): must be a date: YYYY, YYYY-MM or YYYY-MM-DD',
        ]);
        expect(await invalidFields(page, 'form.compare-form')).toEqual([
          { id: 'field-metric', described: ['"nope" is not a known metric (see /v1/metrics)'] },
          {
            id: 'field-country',
            described: ['A code, name or demonym: KZ, Kazakhstan, Kazakh', '"Narnia" is not a known country, region or demonym'],
          },
          { id: 'field-from', described: ['YYYY, YYYY-MM or YYYY-MM-DD', 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'] },
        ]);
        // The message shows beside its field, in the field's column of the form.
        const [fieldLeft, noteLeft] = await page.evaluate(() =>
          ['field-country', 'field-country-note'].map((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().left)),
        );
        expect(noteLeft).toBe(fieldLeft);
      });
    }
    await onPage(scripted, 'countries-errors', async (page) => {
      await open(page, '/compare/countries?as_of=someday&metric=foreign_fighters&country=Narnia', 400);
      expect((await focused(page)).id).toBe('query-errors');
      expect(await page.$$eval('#query-errors li a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
        '#field-country',
        '#field-as_of',
      ]);
      expect((await invalidFields(page, 'form.compare-form')).map((f) => f.described.length)).toEqual([2, 2]);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test('a form sent opens the address of what was chosen, not of every empty field, and so does every link on the page (script on and off)', async () => {
    /** The links of the page whose address has an empty parameter. */
    const emptyParameterLinks = (page: Page) =>
      page.$$eval('a[href*="?"]', (as) =>
        as
          .map((a) => a.getAttribute('href')!)
          .filter((href) => [...new URLSearchParams(href.split('?')[1]).values()].some((v) => v === '')),
      );
    const forms: { path: string; fill: (page: Page) => Promise<unknown>; chosen: string }[] = [
      { path: '/', fill: (page) => page.fill('#q', 'women'), chosen: '/?q=women' },
      {
        path: '/compare/sources',
        fill: async (page) => {
          await page.selectOption('#field-metric', 'foreign_fighters');
          await page.fill('#field-country', 'KZ');
        },
        chosen: '/compare/sources?metric=foreign_fighters&country=KZ',
      },
      {
        path: '/compare/timeline?metric=foreign_fighters&country=RU',
        fill: (page) => page.fill('#field-from', '2014'),
        chosen: '/compare/timeline?metric=foreign_fighters&country=RU&from=2014',
      },
      {
        path: '/compare/countries',
        fill: (page) => page.selectOption('#field-metric', 'foreign_fighters'),
        chosen: '/compare/countries?metric=foreign_fighters',
      },
    ];
    for (const [context, mode] of withAndWithoutScript()) {
      await onPage(context, `clean-addresses-${mode}`, async (page) => {
        for (const form of forms) {
          await open(page, form.path);
          await form.fill(page);
          const [res] = await Promise.all([page.waitForNavigation(), page.locator('main form button[type=submit]').first().click()]);
          const url = new URL(page.url());
          expect({ mode, status: res?.status(), at: url.pathname + url.search }).toEqual({ mode, status: 200, at: form.chosen });
          // Script leaves the empty fields out itself; without it the server sends the form's address on once.
          expect({ mode, redirected: res?.request().redirectedFrom() !== null }).toEqual({ mode, redirected: mode === 'no script' });
          expect({ at: form.chosen, links: await emptyParameterLinks(page) }).toEqual({ at: form.chosen, links: [] });
        }
      });
    }
  });

  test('a search that cannot be run opens at its list of errors, as the comparison pages do', async () => {
    await onPage(plain, 'search-errors', async (page) => {
      await open(page, '/?to=20x&country=Narnia', 400);
      expect((await focused(page)).id).toBe('search-errors');
      expect(await page.$$eval('#search-errors li a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(['#f-country', '#f-to']);
    });
  });

  test('a refused key at sign-in: its error summary is focused, linking to the field, whose description says why; the title says so (script on and off)', async () => {
    for (const [context, mode] of withAndWithoutScript()) {
      await onPage(context, `sign-in-${mode}`, async (page) => {
        await open(page, '/sign-in');
        await page.fill('#key', 'cl_not-a-key-of-this-ledger');
        await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
        expect(await page.title()).toBe('Sign in: the key was refused · Claims ledger');
        // The error summary (the pattern of every refused form) has the focus; its link leads to the field.
        expect((await focused(page)).id).toBe('sign-in-errors');
        expect(await page.locator('#sign-in-errors a').textContent()).toBe('API key: That API key is not valid or has been revoked.');
        await Promise.all([page.keyboard.press('Tab'), page.waitForTimeout(50)]);
        await page.keyboard.press('Enter');
        expect(await focused(page)).toEqual({
          id: 'key',
          description: 'That API key is not valid or has been revoked. | Starts with cl_. An administrator creates keys (POST /v1/keys).',
        });
        expect(await page.inputValue('#key')).toBe('');
        expect(await page.locator('#key-err').isVisible()).toBe(true);
        if (mode === 'script') expect(await axeViolations(page)).toEqual([]);
      });
    }
  });

  test("an editor's refused candidate lists its errors in the form's order; forced colours keep the current card and the map's key visible", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await onPage(context, 'candidate-errors', async (page) => {
        await open(page, '/sign-in');
        await page.fill('#key', env.t.keys.editor);
        await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
        expect(new URL(page.url()).pathname).toBe('/workspace');
        expect(await currentLinks(page)).toEqual(['Workspace=page']);
        await page.fill('#doc-title', 'Tajikistan raises its count of citizens who joined militants in Syria and Iraq');
        await page.fill('#doc-text', ARTICLE);
        await Promise.all([page.waitForNavigation(), page.click('form.ws-new-doc button[type=submit]')]);
        expect(new URL(page.url()).pathname).toMatch(/^\/workspace\/documents\/\d+$/);
        expect(await currentLinks(page)).toEqual(['Workspace=true']);

        // j makes the first candidate current: in forced-colours mode (which drops box shadows) it is still outlined.
        await page.keyboard.press('j');
        const card = await page.evaluate(() => document.activeElement!.id);
        expect(card).toMatch(/^cand-c\d+$/);
        await page.emulateMedia({ forcedColors: 'active' });
        expect(await page.$eval(`#${card}`, (el) => getComputedStyle(el).outlineStyle)).toBe('solid');
        await page.emulateMedia({ forcedColors: 'none' });

        // A relation to no candidate and an unknown country: the checks find the relation first, the form shows the country first.
        const prefix = card.slice('cand-'.length);
        await page.fill(`#${prefix}-country`, 'Narnia');
        await page.selectOption(`#${prefix}-rel_type_0`, 'part_of');
        await page.fill(`#${prefix}-rel_target_0`, 'c999');
        await Promise.all([page.waitForNavigation(), page.click(`#${card} button[value="accept"]`)]);
        expect((await focused(page)).id).toBe(`${prefix}-errors`);
        expect(await page.$$eval(`#${prefix}-errors li a`, (as) => as.map((a) => a.getAttribute('href')))).toEqual([
          `#${prefix}-country`,
          `#${prefix}-rel_target_0`,
        ]);

        // Corrected and accepted: its mark in the text says so by a tick and in its link's name, not by green alone.
        const mark = `#mark-${prefix}`;
        const figure = (await page.textContent(`${mark} a`))!;
        expect(await page.getAttribute(`${mark} a`, 'aria-label')).toBe(`${figure} (${prefix}, to review)`);
        expect(await page.$eval(mark, (el) => getComputedStyle(el, '::after').content)).toBe('none');
        await page.fill(`#${prefix}-country`, 'TJ');
        await page.fill(`#${prefix}-rel_target_0`, '');
        await page.selectOption(`#${prefix}-rel_type_0`, '');
        await Promise.all([page.waitForNavigation(), page.click(`#${card} button[value="accept"]`)]);
        expect(await page.textContent('.notice')).toMatch(/^Saved as claim \d+\.$/);
        expect(await page.getAttribute(`${mark} a`, 'aria-label')).toBe(`${figure} (${prefix}, accepted)`);
        expect(await page.$eval(mark, (el) => getComputedStyle(el, '::after').content)).toBe('"✓" / ""');
        // The text's characters are unchanged: a quote taken from it by selection is still the document's.
        expect(await page.textContent('#ws-text')).toBe(ARTICLE);
        expect(await axeViolations(page)).toEqual([]);
      });
    } finally {
      await context.close();
    }

    const forced = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, forcedColors: 'active' });
    try {
      await onPage(forced, 'forced-map-key', async (page) => {
        await open(page, '/compare/countries?metric=foreign_fighters');
        // Each class of the key shows its own shade, as the map (whose SVG fills forced colours leave alone) draws it.
        const shades = await page.$$eval('.map-legend .swatch:not(.swatch-nodata):not(.swatch-unselected)', (s) =>
          s.map((el) => getComputedStyle(el).backgroundColor),
        );
        const drawn = await page.$$eval('.chart-map a.map-country path', (paths) =>
          paths.map((el) => {
            const hex = /^#(..)(..)(..)$/.exec(el.getAttribute('fill') ?? '')!;
            return `rgb(${hex
              .slice(1)
              .map((h) => parseInt(h, 16))
              .join(', ')})`;
          }),
        );
        expect(drawn.length).toBeGreaterThan(0);
        expect(new Set(shades).size).toBe(shades.length);
        for (const fill of drawn) expect(shades).toContain(fill);
        expect(await page.$eval('.map-legend .swatch-nodata', (el) => getComputedStyle(el).backgroundImage)).toContain(
          'repeating-linear-gradient',
        );
      });
    } finally {
      await forced.close();
    }
  });
});
