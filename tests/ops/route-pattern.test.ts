import type { Request } from 'express';
import { leadingSegments, routePattern } from '../../src/ops/metrics';

/** What the mount always was: the path's non-empty segments before the pattern's own, by split, filter and join. */
function bySplit(originalUrl: string, pattern: string): string {
  const segments = (originalUrl.split('?')[0] ?? '').split('/').filter(Boolean);
  const own = pattern.split('/').filter(Boolean).length;
  return segments.slice(0, Math.max(0, segments.length - own)).join('/');
}

const inPlace = (originalUrl: string, pattern: string): string => {
  const query = originalUrl.indexOf('?');
  return leadingSegments(originalUrl, query < 0 ? originalUrl.length : query, pattern.split('/').filter(Boolean).length);
};

const routed = (originalUrl: string, path: string, baseUrl = ''): Request =>
  ({ originalUrl, baseUrl, route: { path } }) as unknown as Request;

test.each([
  ['/v1/claims', '/'],
  ['/v1/claims/', '/'],
  ['/V1/Claims?limit=50', '/'],
  ['/v1/claims?country=DE&metric=x/y', '/'],
  ['/v1/claims/12', '/:id'],
  ['/v1/claims/12/', '/:id'],
  ['/v1//claims/12', '/:id'],
  ['//v1/claims//12//history', '/:id/history'],
  ['/v1/claims/12/history', '/:id/history'],
  ['/health', '/health'],
  ['/', '/'],
  ['', '/'],
  ['?a=/b/c', '/'],
  ['/a', '/:x/:y'],
  ['///', '/'],
  ['/a///b', '/'],
])('the mount of %s under %s is the split rule’s', (url, pattern) => {
  expect(inPlace(url, pattern)).toBe(bySplit(url, pattern));
});

test('random paths of slashes, letters and queries give the split rule’s mount', () => {
  const pieces = ['/', '/', 'a', 'B', 'v1', '?', '%2F', 'x/y'];
  const patterns = ['/', '/:id', '/:id/history', '/a/b/c'];
  const differing: string[][] = [];
  for (let n = 0; n < 20_000; n++) {
    let url = '';
    const length = Math.floor(Math.random() * 10);
    for (let i = 0; i < length; i++) url += pieces[Math.floor(Math.random() * pieces.length)];
    const pattern = patterns[n % patterns.length];
    if (inPlace(url, pattern) !== bySplit(url, pattern)) differing.push([url, pattern]);
  }
  expect(differing).toEqual([]);
});

test('routePattern: the mount from the URL in lower case, the pattern as routed', () => {
  expect(routePattern(routed('/V1/Claims?limit=5', '/', '/V1/Claims'))).toBe('/v1/claims');
  expect(routePattern(routed('/v1/claims/42?x=1', '/:id'))).toBe('/v1/claims/:id');
  expect(routePattern(routed('/v1//claims/42/', '/:id'))).toBe('/v1/claims/:id');
  expect(routePattern(routed('/health', '/health'))).toBe('/health');
  expect(routePattern(routed('/', '/'))).toBe('/');
  expect(routePattern(routed('/files/a/b', '/*rest', '/files'))).toBe('/files/*rest');
  expect(routePattern({ originalUrl: '/nothing' } as Request)).toBe('unmatched');
});
