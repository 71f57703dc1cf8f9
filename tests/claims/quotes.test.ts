import { locateQuote } from '../../src/claims/quotes';

const text = 'Intro sentence here. The KNB said that "over 300" Kazakh militants had formed a jamaat. More text follows after it.';

test('locates an exact quote with offsets, prefix and suffix', () => {
  const loc = locateQuote(text, '"over 300" Kazakh militants');
  expect(loc).not.toBeNull();
  expect(text.slice(loc!.start, loc!.end)).toBe('"over 300" Kazakh militants');
  expect(loc!.prefix).toBe(text.slice(loc!.start - 32, loc!.start));
  expect(loc!.suffix).toBe(text.slice(loc!.end, loc!.end + 32));
});

test('prefix and suffix stop at the ends of the text', () => {
  const loc = locateQuote(text, 'Intro');
  expect(loc).toEqual({ start: 0, end: 5, prefix: '', suffix: text.slice(5, 37) });
});

test('a quote that differs in any character is not found', () => {
  expect(locateQuote(text, '"over 300" kazakh militants')).toBeNull();
  expect(locateQuote(text, '“over 300” Kazakh militants')).toBeNull();
  expect(locateQuote(text, 'over  300')).toBeNull();
});
