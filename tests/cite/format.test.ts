import type { Approximation } from '../../src/claims/model';
import { citeClaims } from '../../src/cite/format';
import { countedPhrase, figurePhrase, timePhrase } from '../../src/cite/phrases';
import { readableDate } from '../../src/dates';
import { citableClaim } from '../support/citableClaim';

const claim = citableClaim({
  claimant: { name: 'Soufan Group', kind: 'research_institute', short: null, role: null, organization: null },
  country: { code: '001', name: 'World', kind: 'world' },
  location: ['Iraq', 'Syria', 'Turkey'],
  value: 5600,
  approximation: 'at_least',
  value_text: 'at least 5,600',
  stated_on: '2017-10-24',
  documents: [
    {
      id: 3,
      kind: 'report',
      title: 'Beyond the Caliphate',
      url: null,
      container_title: null,
      publisher: 'The Soufan Center',
      authors: ['Richard Barrett'],
      published_on: '2017-10',
      language: 'en',
      retrieved_at: null,
    },
  ],
});

test('figures read as the ledger’s approximation says', () => {
  const f = (approximation: Approximation, value: number | null, low: number | null = null, high: number | null = null, unit = 'people') =>
    figurePhrase({ approximation, value, value_low: low, value_high: high, metric: { code: 'm', label: 'M', unit } });
  expect(f('exact', 1500)).toBe('1,500');
  expect(f('approximately', 1100)).toBe('about 1,100');
  expect(f('more_than', 300)).toBe('more than 300');
  expect(f('at_least', 5600)).toBe('at least 5,600');
  expect(f('less_than', 50)).toBe('fewer than 50');
  expect(f('less_than', 5, null, null, 'percent')).toBe('less than 5');
  expect(f('at_most', 40)).toBe('at most 40');
  expect(f('range', null, 100, 200)).toBe('between 100 and 200');
  expect(f('vague', null)).toBe('an unspecified number of');
  expect(f('vague', null, 200)).toBe('at least 200');
  expect(f('exact', -5)).toBe('-5');
});

test('what is counted, and when, come from the vocabulary and the dates, never invented', () => {
  expect(countedPhrase(claim)).toBe('returnees worldwide in Iraq, Syria and Turkey');
  expect(timePhrase(claim)).toBe('as of 2017; stated on 24 October 2017');
  expect(timePhrase({ as_of: null, stated_on: null })).toBe('date not given');
  expect(readableDate('2014-11')).toBe('November 2014');
  expect(readableDate('2014-11-03')).toBe('3 November 2014');
});

test('several claims cite as one document per format (for comparison views)', () => {
  const other = { ...claim, id: 10, value: 300, approximation: 'exact' as const, value_text: '300' };
  const options = { today: '2026-11-27' };
  const text = citeClaims([claim, other], 'text', options);
  expect(text.split('\n').filter((l) => l)).toEqual([
    'The Soufan Group said “at least 5,600”: at least 5,600 returnees worldwide in Iraq, Syria and Turkey (as of 2017; stated on 24 October 2017). ' +
      'Reported in: Richard Barrett, “Beyond the Caliphate”, The Soufan Center, October 2017.',
    'The Soufan Group said “300”: 300 returnees worldwide in Iraq, Syria and Turkey (as of 2017; stated on 24 October 2017). ' +
      'Reported in: Richard Barrett, “Beyond the Caliphate”, The Soufan Center, October 2017.',
  ]);
  const csl = JSON.parse(citeClaims([claim, other], 'csl-json', options));
  expect(csl.map((i: { id: string }) => i.id)).toEqual(['claim-9-document-3', 'claim-10-document-3']);
  expect(csl[0]).toMatchObject({
    type: 'report',
    issued: { 'date-parts': [[2017, 10]] },
    author: [{ family: 'Barrett', given: 'Richard' }],
  });
  expect(citeClaims([claim, other], 'html', options)).toMatch(
    /^<div class="claim-citations">\n<p class="claim-citation" data-claim-id="9">.*<\/p>\n<p class="claim-citation" data-claim-id="10">.*<\/p>\n<\/div>\n$/s,
  );
  const bib = citeClaims([claim], 'bibtex', options);
  expect(bib).toContain('  year = {2017},\n  month = oct,');
  const ris = citeClaims([claim, other], 'ris', options);
  expect(ris.match(/^TY {2}- RPRT\r$/gm)).toHaveLength(2);
  expect(ris).toContain('DA  - 2017/10//\r\n');
});

test('only web URLs become links in markdown and html', () => {
  const doc = { ...claim.documents[0], title: 'A <b>title</b>', url: 'javascript:alert(1)' };
  const html = citeClaims([{ ...claim, documents: [doc] }], 'html', { today: '2026-11-27' });
  expect(html).not.toContain('<a ');
  expect(html).toContain('“A &lt;b&gt;title&lt;/b&gt;”, The Soufan Center, October 2017, javascript:alert(1), accessed');
  const md = citeClaims([{ ...claim, documents: [doc] }], 'markdown', { today: '2026-11-27' });
  expect(md).not.toContain('](');
  const linked = citeClaims([{ ...claim, documents: [{ ...doc, url: 'https://example.org/a?b=1&c="x"' }] }], 'html', {
    today: '2026-11-27',
  });
  expect(linked).toContain('“<a href="https://example.org/a?b=1&amp;c=&quot;x&quot;">A &lt;b&gt;title&lt;/b&gt;</a>”');
});

test('a document with neither URL nor retrieval is cited with no access date, in every format; one at a URL is accessed today', () => {
  const options = { today: '2026-11-27' };
  expect(citeClaims([claim], 'text', options)).not.toContain('accessed');
  expect(JSON.parse(citeClaims([claim], 'csl-json', options))[0]).not.toHaveProperty('accessed');
  expect(citeClaims([claim], 'bibtex', options)).not.toContain('urldate');
  expect(citeClaims([claim], 'ris', options)).not.toContain('Y2  -');
  // asked for, it is said
  expect(citeClaims([claim], 'text', { ...options, accessed: '2026-11-20' })).toContain('October 2017, accessed 20 November 2026.');
  const online = { ...claim, documents: [{ ...claim.documents[0], url: 'https://example.org/report' }] };
  expect(citeClaims([online], 'text', options)).toContain('https://example.org/report, accessed 27 November 2026.');
  expect(citeClaims([online], 'bibtex', options)).toContain('urldate = {2026-11-27}');
  expect(citeClaims([online], 'ris', options)).toContain('Y2  - 2026/11/27/');
});
