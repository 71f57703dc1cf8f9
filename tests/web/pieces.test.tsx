import { render } from 'preact-render-to-string';
import type { Approximation } from '../../src/claims/model';
import { queryLexemes } from '../../src/claims/store';
import { wordingExplained } from '../../src/web/components/figure';
import { MatchedWords, spanSegments, textWindow } from '../../src/web/components/highlight';
import { pageLink, quoteUrl, webUrl } from '../../src/web/components/links';
import { Facet, FACET_VALUES_SHOWN } from '../../src/web/pages/home';
import { StoredWithin } from '../../src/web/components/storedText';

describe('spanSegments', () => {
  test('cuts a text at every quote boundary; overlapping and nested quotes each keep their extent', () => {
    //            0123456789012345678901234
    const text = 'alpha beta gamma delta eps';
    const segs = spanSegments(text, [
      { start: 6, end: 16, claimId: 1 },
      { start: 11, end: 22, claimId: 2 },
      { start: 11, end: 16, claimId: 3 },
    ]);
    expect(segs.map((s) => [s.text, s.claims, s.opening])).toEqual([
      ['alpha ', [], []],
      ['beta ', [1], [1]],
      ['gamma', [3, 2, 1], [2, 3]],
      [' delta', [2], []],
      [' eps', [], []],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  test('ignores spans outside the text or empty', () => {
    expect(
      spanSegments('abc', [
        { start: 2, end: 9, claimId: 1 },
        { start: 1, end: 1, claimId: 2 },
      ]).map((s) => s.claims),
    ).toEqual([[]]);
  });
});

test('textWindow keeps whole words around the quote and marks the cuts', () => {
  const text = `${'word '.repeat(100)}THE QUOTE${' more'.repeat(100)}`;
  const start = text.indexOf('THE QUOTE');
  const w = textWindow(text, start, start + 9, 40);
  expect(w.quote).toBe('THE QUOTE');
  expect(w.before).toMatch(/^…word /);
  expect(w.after).toMatch(/ more…$/);
  expect(w.before.length).toBeLessThanOrEqual(42);
});

describe('links', () => {
  test('only absolute http(s) addresses are web links', () => {
    expect(webUrl('https://example.org/a')?.href).toBe('https://example.org/a');
    expect(webUrl('javascript:alert(1)')).toBeNull();
    expect(webUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(webUrl('data:text/html,<script>')).toBeNull();
    expect(webUrl('/relative')).toBeNull();
    expect(webUrl(null)).toBeNull();
  });

  test('a quote link is a text fragment with the directive characters encoded, replacing any fragment', () => {
    expect(quoteUrl('https://example.org/a#top', 'said that "over 300" al-Nusra, & co')).toBe(
      'https://example.org/a#:~:text=said%20that%20%22over%20300%22%20al%2DNusra%2C%20%26%20co',
    );
    const long = quoteUrl('https://example.org/', 'one two three four five six seven eight nine ten eleven twelve thirteen');
    expect(long).toBe('https://example.org/#:~:text=one%20two%20three%20four%20five%20six,eight%20nine%20ten%20eleven%20twelve%20thirteen');
    expect(quoteUrl('javascript:alert(1)', 'x')).toBeNull();
  });

  test('page links keep as_recorded and encode their parameters', () => {
    expect(pageLink('/claims/2', '2026-01-01T00:00:00.000Z')).toBe('/claims/2?as_recorded=2026-01-01T00%3A00%3A00.000Z');
    expect(pageLink('/', undefined, { q: 'a&b', country: undefined })).toBe('/?q=a%26b');
  });
});

test('matched words are wrapped in <mark> and stored text stays text', () => {
  const html = render(
    <p>
      <MatchedWords text={'<b>Kazakh</b> kazakhs & Kazakhstan'} matched={new Set(['kazakh', 'kazakhs'])} />
    </p>,
  );
  expect(html).toBe('<p>&lt;b><mark>Kazakh</mark>&lt;/b> <mark>kazakhs</mark> &amp; Kazakhstan</p>');
});

test('queryLexemes reads the lexemes of a tsquery text, quotes undoubled', () => {
  expect([...queryLexemes("'kazakh' & 'women' <-> 'fighter' | 'o''brien'")]).toEqual(['kazakh', 'women', 'fighter', "o'brien"]);
  expect(queryLexemes('T').size).toBe(0);
});

test.each([
  ['exact', 1500, null, null, 'an exact figure: 1,500'],
  ['more_than', 300, null, null, 'a lower bound: more than 300, by how much is not said (300 itself is excluded)'],
  ['at_least', 386, null, null, 'a lower bound: 386 or more'],
  ['less_than', 50, null, null, 'an upper bound: fewer than 50 (50 itself is excluded)'],
  ['at_most', 50, null, null, 'an upper bound: 50 or fewer'],
  ['range', null, 250, 360, 'a range: from 250 to 360'],
  ['approximately', 150, null, null, 'an approximate figure: about 150, with no bounds stated'],
  ['vague', null, null, null, 'a vague figure: no number is given'],
])('the wording %s is explained', (approximation, value, low, high, words) => {
  expect(wordingExplained({ approximation: approximation as Approximation, value, value_low: low, value_high: high })).toBe(words);
});

describe('a facet of the search page', () => {
  const counts = Array.from({ length: 30 }, (_, i) => ({ value: `C${i}`, label: `Country ${i}`, count: 3000 - i }));

  test('lists its most frequent values, and the rest behind "more", which works without script', () => {
    const html = render(<Facet facet="country" counts={counts} query={{ q: 'women' }} />);
    const [shown, more] = html.split('<details class="facet-more">');
    expect(shown.match(/<li>/g)).toHaveLength(FACET_VALUES_SHOWN);
    expect(shown).toContain(
      '<a href="/?q=women&amp;country=C0">Country 0<span class="visually-hidden"> (filter the search by it)</span></a> <span class="count">3,000</span>',
    );
    expect(more).toMatch(/^<summary>22 more<span class="visually-hidden"> values of country<\/span><\/summary>/);
    expect(more.match(/<li>/g)).toHaveLength(22);
    expect(more).toContain('>Country 29<span class="visually-hidden"> (filter the search by it)</span></a>');
  });

  test('keeps a value filtered by in sight, wherever it ranks', () => {
    const html = render(<Facet facet="country" counts={counts} query={{ country: 'C20' }} />);
    const [shown, more] = html.split('<details class="facet-more">');
    expect(shown).toContain('aria-current="true" class="active">Country 20 ');
    expect(shown.match(/<li>/g)).toHaveLength(FACET_VALUES_SHOWN + 1);
    expect(more).not.toContain('Country 20');
  });
});

describe('StoredWithin', () => {
  test('isolates each stored text that could turn direction where a citation holds it, adding no character', () => {
    const name = 'نورطاي أبيكاييف';
    const title = 'كازاخستان';
    const text = `${name} said “300”. Reported in: “${title}”, RFE/RL, n.d.`;
    const html = render(<StoredWithin text={text} stored={[title, 'RFE/RL', name, '300']} />);
    expect(html).toBe(`<bdi>${name}</bdi> said “300”. Reported in: “<bdi>${title}</bdi>”, RFE/RL, n.d.`);
    expect(html.replace(/<\/?bdi>/g, '')).toBe(text);
    // a text of left-to-right letters alone is left as it is
    expect(render(<StoredWithin text="Europol said “40”." stored={['Europol', '40']} />)).toBe('Europol said “40”.');
  });
});
