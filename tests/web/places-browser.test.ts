import request from 'supertest';
import { axeViolations, collectConsoleErrors, describeInBrowser, screenshotOnFailure, servedInBrowser } from '../support/browser';

/** An editor adds a subdivision and a demonym from the workspace, with plain forms; refusals come back by field. */
describeInBrowser('adding places in the workspace in Chromium', () => {
  const env = servedInBrowser({ seed: true });

  test('without script: add a subdivision, see a clash by field with the input kept, add a demonym; axe-clean with script', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const go = (action: () => Promise<unknown>) => Promise.all([page.waitForNavigation(), action()]);
    try {
      await page.goto(`${env.server.base}/sign-in?next=${encodeURIComponent('/workspace')}`);
      await page.fill('#key', env.t.keys.editor);
      await go(() => page.press('#key', 'Enter'));
      await go(() => page.click('a[href="/workspace/places"]'));
      expect(await page.locator('h1').textContent()).toBe('Places');

      // A name that names another place: refused on its field, nothing saved, what was typed kept.
      await page.fill('#place-code', 'tj-su');
      await page.fill('#place-name', 'Sughd');
      await page.fill('#place-aliases', 'Soghd\nTajikistan');
      await go(() => page.click('button:has-text("Add the subdivision")'));
      expect(await page.locator('#subdivision-errors li').allTextContents()).toEqual([
        'Aliases: "Tajikistan" already names TJ (Tajikistan)',
      ]);
      expect(await page.locator('#place-aliases').getAttribute('aria-invalid')).toBe('true');
      expect(await page.inputValue('#place-code')).toBe('tj-su');
      expect(await page.inputValue('#place-aliases')).toBe('Soghd\nTajikistan');
      expect(await env.t.db('countries').where({ code: 'TJ-SU' }).first()).toBeUndefined();

      await page.fill('#place-aliases', 'Soghd');
      await go(() => page.click('button:has-text("Add the subdivision")'));
      expect(new URL(page.url()).pathname).toBe('/workspace/places');
      expect(await page.locator('#outcome').textContent()).toBe(
        'Subdivision TJ-SU is added: filters, new claims and the extractor read it now. Its page',
      );
      expect(await env.t.db('countries').where({ code: 'TJ-SU' }).first()).toMatchObject({ within: 'TJ', aliases: ['Soghd'] });
      expect((await request(env.t.app).get('/v1/countries/Soghd').expect(200)).body.code).toBe('TJ-SU');

      // A place that does not exist is refused on the place field; then a demonym is added to Sughd.
      await page.fill('#place-place', 'QQ');
      await page.fill('#place-words-demonyms', 'Sughdi');
      await go(() => page.click('button:has-text("Add the words")'));
      expect(await page.locator('#words-errors li').allTextContents()).toEqual(['Country or subdivision: Place QQ does not exist.']);
      expect(await page.inputValue('#place-words-demonyms')).toBe('Sughdi');
      await page.fill('#place-place', 'TJ-SU');
      await go(() => page.click('button:has-text("Add the words")'));
      expect(await page.locator('#outcome').textContent()).toBe(
        'The words are added to TJ-SU: filters, new claims and the extractor read them now. Its page',
      );
      expect((await request(env.t.app).get('/v1/countries/Sughdis').expect(200)).body.code).toBe('TJ-SU');

      // The review's country list offers the new code.
      const doc = await request(env.t.app)
        .post('/v1/documents')
        .set(env.t.as.editor)
        .send({
          kind: 'article',
          title: 'Sughd',
          text: 'About 70 people from Sughd have joined the Islamic State in Syria, officials said.',
        })
        .expect(201);
      await page.goto(`${env.server.base}/workspace/documents/${doc.body.id}`);
      expect(await page.locator('#ws-places option[value="TJ-SU"]').textContent()).toBe('Sughd (within Tajikistan)');
    } catch (e) {
      await screenshotOnFailure(page, 'places-no-script');
      throw e;
    } finally {
      await context.close();
    }

    const scripted = await env.browser.newPage();
    const errors = collectConsoleErrors(scripted);
    const go2 = (action: () => Promise<unknown>) => Promise.all([scripted.waitForNavigation(), action()]);
    try {
      await scripted.goto(`${env.server.base}/sign-in?next=${encodeURIComponent('/workspace/places')}`);
      await scripted.fill('#key', env.t.keys.editor);
      await go2(() => scripted.press('#key', 'Enter'));
      expect(new URL(scripted.url()).pathname).toBe('/workspace/places');
      expect(await axeViolations(scripted)).toEqual([]);
      await scripted.fill('#place-code', 'TJ-XX');
      await scripted.fill('#place-name', 'Chechnya');
      await go2(() => scripted.click('button:has-text("Add the subdivision")'));
      expect(await scripted.evaluate(() => document.activeElement?.id)).toBe('subdivision-errors');
      expect(await scripted.locator('#subdivision-errors li').allTextContents()).toEqual([
        'Name: "Chechnya" already names RU-CE (Chechnya)',
      ]);
      expect(await axeViolations(scripted)).toEqual([]);
      expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(scripted, 'places');
      throw e;
    } finally {
      await scripted.close();
    }
  }, 120_000);
});
