import { nextTarget } from '../../src/http/pagination';

/** What the next link always was: the request's target parsed as a URL, `cursor` set in its searchParams. */
function byUrl(originalUrl: string, cursor: string): string {
  const url = new URL(originalUrl, 'http://x');
  url.searchParams.set('cursor', cursor);
  return url.pathname + url.search;
}

const cursor = 'WyJpZCIsbnVsbCwzXQ';

/** The target, or the error thrown (a target such as `//a b` is no URL either way). */
function outcome(next: (target: string, cursor: string) => string, target: string): string {
  try {
    return next(target, cursor);
  } catch (err) {
    return `throws ${(err as Error).message}`;
  }
}

test.each([
  '/v1/claims',
  '/v1/claims/',
  '/V1/Claims?limit=50',
  '/v1/claims?country=DE&metric=fatalities&limit=50',
  '/v1/claims?cursor=old&limit=2&cursor=older',
  '/v1/claims?q=a+b&q=%C3%A9t%C3%A9&x=%zz&y=%2',
  '/v1/claims?q=\'quoted\'&r="double"&s=<tag>&t=a~b*c(d)!',
  '/v1/claims?q=été&r=a b',
  '/v1/claims?&&=&a==b&c',
  '/v1/claims?',
  '/v1/claims?#fragment',
  '/v1/claims?q=a#b',
  '/v1/./claims?limit=1',
  '/v1/x/../claims?limit=1',
  '/v1/%63laims?limit=1',
  '//v1/claims?limit=1',
  '/\\v1/claims?limit=1',
  '/v1\\claims?limit=1',
  'http://example.org/v1/claims?limit=1',
  '/v1/actors?role=spokesperson&limit=3',
  '/',
  '/?a=1',
])('%s: the next target is the one the URL parser gives', (target) => {
  expect(nextTarget(target, cursor)).toBe(byUrl(target, cursor));
});

test('random request targets get the next target the URL parser gives', () => {
  const pieces = [
    '/',
    'v1',
    'claims',
    '.',
    '..',
    '%',
    '%2',
    '%41',
    '%e9',
    '+',
    '&',
    '=',
    '?',
    '#',
    ' ',
    '\\',
    '~',
    "'",
    '"',
    '<',
    'é',
    '_',
    '-',
    ';',
    ',',
    'cursor',
    'x',
    '\t',
    '\u{1F600}',
    '\ud800',
  ];
  let seed = 13;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let i = 0; i < 5000; i++) {
    let target = '/';
    for (let n = random(14); n > 0; n--) target += pieces[random(pieces.length)];
    expect([target, outcome(nextTarget, target)]).toEqual([target, outcome(byUrl, target)]);
  }
});
