import { citeClaims } from '../../src/cite/format';
import { citableClaim } from '../support/citableClaim';

/*
 * A Markdown citation is one paragraph whatever the stored text holds: a title with line breaks had put "- item" and
 * "1. item" at the start of lines of their own (a list, breaking the title's link), and a claimant named "- Someone"
 * opened the citation with a list marker.
 */
const claim = citableClaim({
  claimant: { name: '- Someone', kind: 'person', short: null, role: null, organization: null },
  documents: [
    {
      id: 3,
      kind: 'report',
      title: 'First line\n- item\r\n1. numbered\n\n=== heading\u2028+ plus',
      url: 'https://example.org/report',
      container_title: null,
      publisher: '2. Publisher',
      authors: ['Ann\nB. Writer'],
      published_on: '2017-10',
      language: 'en',
      retrieved_at: null,
    },
  ],
});

test('a Markdown citation is one line: line breaks folded, list and heading markers escaped', () => {
  const md = citeClaims([claim], 'markdown', { today: '2026-11-27' });
  expect(md.endsWith('\n')).toBe(true);
  expect(md.slice(0, -1)).not.toMatch(/[\r\n\u2028\u2029]/);
  expect(md.startsWith('\\- Someone said')).toBe(true);
  expect(md).toContain(
    'Ann B. Writer, “[First line - item 1. numbered  === heading + plus](<https://example.org/report>)”, 2\\. Publisher,',
  );
});

test('the plain-text, HTML and other formats keep the words as they are stored', () => {
  expect(citeClaims([claim], 'text', { today: '2026-11-27' })).toContain('“First line\n- item\r\n1. numbered');
  expect(citeClaims([claim], 'html', { today: '2026-11-27' })).toContain('- Someone said');
});
