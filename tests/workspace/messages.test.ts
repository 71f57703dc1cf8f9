import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from '../../src/validate';
import { inWords } from '../../src/web/workspace/messages';
import { createTestApp, TestApp } from '../support/app';
import { signIn } from './support';

/** Every object of every schema file that has a `pattern`. */
function patterned(): { pattern: string; 'x-message'?: unknown }[] {
  const found: { pattern: string; 'x-message'?: unknown }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof (node as { pattern?: unknown }).pattern === 'string') found.push(node as { pattern: string });
      Object.values(node).forEach(walk);
    }
  };
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')))
    walk(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')));
  return found;
}

test('every pattern in schemas/ has its words ("x-message"), so no client and no form shows a regular expression', () => {
  const patterns = patterned();
  expect(patterns.length).toBeGreaterThan(20);
  expect(patterns.filter((p) => typeof p['x-message'] !== 'string').map((p) => p.pattern)).toEqual([]);
  // one pattern, one wording, wherever it is used
  const words = new Map<string, Set<unknown>>();
  for (const p of patterns) words.set(p.pattern, (words.get(p.pattern) ?? new Set()).add(p['x-message']));
  expect([...words].filter(([, said]) => said.size > 1)).toEqual([]);
  expect(inWords('must be a date: YYYY, YYYY-MM or YYYY-MM-DD (or null)')).toBe(
    'must be a date: YYYY, YYYY-MM or YYYY-MM-DD (or left empty)',
  );
  expect(inWords('must match pattern "^x+$"')).toBe('is not in the form the field asks for');
  expect(inWords('must be at most 2000 characters')).toBe('must be at most 2000 characters');
  expect(inWords('must NOT have more than 300 characters')).toBe('must be at most 300 characters');
  expect(inWords('must NOT have fewer than 1 characters')).toBe('must be filled in');
});

describe('a refused workspace form', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: true });
  });
  afterAll(() => t.drop());

  test('says what a field asks for in words, next to the field and in the summary', async () => {
    const editor = await signIn(t.app, t.keys.editor);
    const res = await editor.post('/workspace/documents', { title: 'Bad date', published_on: '2015-13-45', text: 'Some 300 fighters.' });
    expect(res.status).toBe(422);
    expect(res.text).not.toContain('must match pattern');
    expect(res.text).toMatch(/id="doc-published-err">must be a date: YYYY, YYYY-MM or YYYY-MM-DD \(or left empty\)</);
    expect(res.text).toContain('Published: must be a date: YYYY, YYYY-MM or YYYY-MM-DD');
    expect(await t.db('documents').where({ title: 'Bad date' })).toEqual([]);
  });

  test('names each field as the form labels it, and a field left empty once, in words, whichever rules caught it', async () => {
    const editor = await signIn(t.app, t.keys.editor);
    const text = 'Officials said that over 300 militants had left.';
    const created = await editor.post('/workspace/documents', { title: 'Left empty', text });
    expect(created.status).toBe(303);
    const id = /\/workspace\/documents\/(\d+)/.exec(created.headers.location)![1];
    const res = await editor.post(`/workspace/documents/${id}/claims`, {
      action: 'accept',
      value_text: ' ',
      value: '300',
      approximation: 'more_than',
      metric: '',
      country: '',
      claimant: 'new',
      claimant_name: '',
      claimant_kind: 'person',
      as_of: '2014-13',
      quote: '',
      rel_type_0: 'part_of',
      rel_target_0: '',
    });
    expect(res.status).toBe(422);
    const summary = /id="manual-errors"[^]*?<\/ul>/.exec(res.text)![0];
    const items = [...summary.matchAll(/<li>(?:<a href="#([\w-]+)">)?([^<]*)/g)].map((m) => [m[1], m[2]]);
    expect(items.sort()).toEqual(
      [
        ['manual-value_text', 'Words: must be filled in'],
        ['manual-metric', 'Metric: must be filled in'],
        ['manual-country', 'Country: must be filled in'],
        ['manual-claimant_name', "New claimant's name: must be filled in"],
        ['manual-as_of', 'As of: must be a date: YYYY, YYYY-MM or YYYY-MM-DD (or left empty)'],
        ['manual-quote', 'Quote: must be filled in'],
        ['manual-rel_target_0', 'Relation 1: to: must be another candidate of this document, or a claim'],
      ].sort(),
    );
    // At each field, the same words once.
    expect(res.text).toMatch(/id="manual-value_text-err">must be filled in</);
    expect(res.text).toMatch(/id="manual-quote-err">must be filled in</);
    expect(res.text).not.toMatch(/must NOT|fewer than/);
  });
});
