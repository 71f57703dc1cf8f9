import { citeClaims } from '../../src/cite/format';
import { CITATION_STYLES, styleRenderer } from '../../src/cite/styles';
import { citableClaim } from '../support/citableClaim';

/*
 * Stored text stays text in a CSL style too (walk42): citeproc-js reads `<b>`, `<i>`, `<sc>`, `<sup>` and
 * `<span class="nocase">` in an item's fields as its own rich-text markup and straight quotes as quotation marks, so a
 * title stored as "<b>Report</b>" was cited "Report" in the text format and as bold markup in the HTML one.
 */
const TITLE = `<b>Report</b> on "returns" it's <sc>x</sc> <span class="nocase">y</span> a<sup>2</sup> & 5 < 6`;
const PUBLISHER = '<i>Centre</i> {braces} \\ مركز';
const claim = citableClaim({
  documents: [
    {
      id: 3,
      kind: 'report',
      title: TITLE,
      url: 'https://example.org/report',
      container_title: null,
      publisher: PUBLISHER,
      authors: ['Ann Writer'],
      published_on: '2017-10',
      language: 'en',
      retrieved_at: null,
    },
  ],
});
const styles = CITATION_STYLES.filter((s) => s !== 'ledger');
const escapedHtml = (s: string) =>
  s.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');

test.each(styles)('%s: the text format cites the stored title and publisher character for character', (style) => {
  const text = citeClaims([claim], 'text', { today: '2026-11-27' }, styleRenderer(style));
  expect(text).toContain(TITLE);
  expect(text).toContain(PUBLISHER);
});

test.each(styles)('%s: the HTML format escapes the stored markup; only the style marks anything up', (style) => {
  const html = citeClaims([claim], 'html', { today: '2026-11-27' }, styleRenderer(style));
  expect(html).toContain(escapedHtml(TITLE));
  expect(html).toContain(escapedHtml(PUBLISHER));
  // The only tags are the wrapper's and the style's own italics: none of the stored ones.
  const tags = [...html.matchAll(/<\/?([a-z]+)[^>]*>/g)].map((m) => m[1]);
  expect(tags.filter((t) => !['div', 'p', 'i'].includes(t))).toEqual([]);
  expect(html).not.toContain('<b>');
});
