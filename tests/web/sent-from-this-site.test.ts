import type { Request } from 'express';
import { sentFromThisSite } from '../../src/web/workspace/carriedForm';

// Whether a form posted after its session ended is this site's own, to be carried through signing in
// (src/web/workspace/carriedForm.tsx): by Fetch Metadata, else Origin, else Referer, as OWASP's CSRF cheat sheet says.
// The whole flow, with a current browser's Sec-Fetch-Site, is tests/web/expired-session-forms.test.ts.

/** A request to ledger.example:8080 with these headers, as express reads them. */
const sentWith = (headers: Record<string, string>) =>
  ({ host: 'ledger.example:8080', get: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;

test.each([
  ['Sec-Fetch-Site same-origin', { 'sec-fetch-site': 'same-origin' }, true],
  ['Sec-Fetch-Site same-site (another host of the site)', { 'sec-fetch-site': 'same-site' }, false],
  ['Sec-Fetch-Site cross-site, whatever the Origin says', { 'sec-fetch-site': 'cross-site', origin: 'http://ledger.example:8080' }, false],
  ['Sec-Fetch-Site none (typed in the address bar)', { 'sec-fetch-site': 'none' }, false],
  ['no Fetch Metadata, Origin of this host', { origin: 'http://ledger.example:8080' }, true],
  ['no Fetch Metadata, Origin of this host over HTTPS (a proxy ends TLS)', { origin: 'https://ledger.example:8080' }, true],
  ['no Fetch Metadata, Origin of another host', { origin: 'https://elsewhere.example' }, false],
  ['no Fetch Metadata, Origin of another port', { origin: 'http://ledger.example:9090' }, false],
  [
    'no Fetch Metadata, Origin of another host, Referer of this one',
    { origin: 'https://elsewhere.example', referer: 'http://ledger.example:8080/' },
    false,
  ],
  ['no Fetch Metadata, Origin null (opaque, or a no-referrer page in an old browser)', { origin: 'null' }, false],
  ['no Fetch Metadata, Origin not a web address', { origin: 'file://' }, false],
  ['no Fetch Metadata, no Origin, Referer of this host', { referer: 'http://ledger.example:8080/workspace/documents/3?open=c2' }, true],
  ['no Fetch Metadata, no Origin, Referer of another host', { referer: 'http://elsewhere.example/ledger.example:8080' }, false],
  ['no Fetch Metadata, no Origin, Referer garbage', { referer: 'not a url' }, false],
  ['nothing said at all', {}, false],
])('%s: %s', (_what, headers: Record<string, string>, expected) => {
  expect(sentFromThisSite(sentWith(headers))).toBe(expected);
});
