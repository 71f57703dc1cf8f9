import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from '../../src/validate';
import { inWords, PATTERN_WORDS } from '../../src/web/workspace/messages';
import { createTestApp, TestApp } from '../support/app';
import { signIn } from './support';

/** Every `pattern` of every schema file. */
function schemaPatterns(): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const pattern = (node as { pattern?: unknown }).pattern;
      if (typeof pattern === 'string') found.add(pattern);
      Object.values(node).forEach(walk);
    }
  };
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')))
    walk(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')));
  return [...found].sort();
}

test('every pattern in schemas/ has its words, so no form shows an editor a regular expression', () => {
  const patterns = schemaPatterns();
  expect(patterns.length).toBeGreaterThan(3);
  expect(patterns.filter((p) => !(p in PATTERN_WORDS))).toEqual([]);
  expect(inWords('must match pattern "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$" (or null)')).toBe(
    'must be a date: YYYY, YYYY-MM or YYYY-MM-DD (or left empty)',
  );
  expect(inWords('must match pattern "^x+$"')).toBe('is not in the form the field asks for');
  expect(inWords('must be at most 2000 characters')).toBe('must be at most 2000 characters');
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
    expect(res.text).toContain('published on: must be a date: YYYY, YYYY-MM or YYYY-MM-DD');
    expect(await t.db('documents').where({ title: 'Bad date' })).toEqual([]);
  });
});
