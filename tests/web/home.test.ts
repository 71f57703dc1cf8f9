import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('the home page is HTML that links to its JSON twin, with the client bundle and style sheet served', async () => {
  const res = await request(t.app).get('/').expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/html/);
  expect(res.text).toMatch(/^<!doctype html><html lang="en">/);
  expect(res.text).toContain('<script src="/assets/app.js" defer></script>');
  expect(res.text).toContain('href="/v1/claims"');
  expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
  const js = await request(t.app).get('/assets/app.js').expect(200);
  expect(js.headers['content-type']).toMatch(/^text\/javascript/);
  expect(js.text).toContain('data-copy-target');
  await request(t.app)
    .get('/assets/style.css')
    .expect(200)
    .expect('Content-Type', /text\/css/);
  await request(t.app).get('/assets/..%2fpackage.json').expect(404);
});

test('an empty ledger says so, rather than that no claim matches a search nobody made', async () => {
  const empty = await createTestApp();
  try {
    const home = await request(empty.app).get('/').expect(200);
    expect(home.text).toContain('<p>The ledger holds no claims yet: editors add them in the workspace, or import them.</p>');
    expect(home.text).not.toContain('No claim matches');
    const searched = await request(empty.app).get('/?q=women').expect(200);
    expect(searched.text).toContain('<p>No claim matches. Try fewer or other words.</p>');
  } finally {
    await empty.drop();
  }
});

test('a search without result says what to try by what narrowed it: no words to lessen in a search of filters alone', async () => {
  const advice = async (query: string) =>
    (await request(t.app).get(`/?${query}`).expect(200)).text.match(/<p>No claim matches\. ([^<]*)<\/p>/)?.[1];
  expect(await advice('country=TM')).toBe('Remove the filter in use, above.');
  expect(await advice('country=TM&metric=women')).toBe('Remove a filter in use, above.');
  expect(await advice('q=zzyzx')).toBe('Try fewer or other words.');
  expect(await advice('q=zzyzx&country=TM')).toBe('Try fewer words or remove a filter.');
});

test('each page of results says where it stands among all that match, in any order, to the last page', async () => {
  const total = Number((await t.db('claims').count({ n: '*' }).first())!.n);
  expect(total).toBeGreaterThan(4);
  for (const sort of ['id', '-as_of', 'value']) {
    let path: string | null = `/?sort=${sort}&limit=2`;
    let first = 1;
    const seen = new Set<string>();
    while (path) {
      const page = await request(t.app).get(path).expect(200);
      const rows = [...page.text.matchAll(/<td role="cell"><a class="figure" href="\/claims\/(\d+)"/g)].map((m) => m[1]);
      const caption = /<caption>([^<]*)<\/caption>/.exec(page.text)![1];
      expect(caption).toBe(`Claims ${first}–${first + rows.length - 1} of ${total}`);
      rows.forEach((id) => seen.add(id));
      first += rows.length;
      const next = /<a href="([^"]+)" rel="next">/.exec(page.text);
      path = next ? next[1].replace(/&amp;/g, '&') : null;
    }
    expect(first - 1).toBe(total);
    expect(seen.size).toBe(total);
  }
});

test('the filters in use are named in words: countries, metrics and groups by their names', async () => {
  const page = await request(t.app).get('/?country=KZ,RU&metric=women&group=islamic-state&from=2014').expect(200);
  const chips = [...page.text.matchAll(/<li><span>([^<]*)<\/span> <a href/g)].map((m) => m[1]);
  expect(chips).toEqual(['country: Kazakhstan, Russia', 'metric: Women', 'group: Islamic State', 'as of from: 2014']);
  // A place given by a name or a demonym, and a group by an alias, as a shared link may, is named as by its code: the
  // same claims, the same words.
  const byWords = await request(t.app).get('/?country=kazakhs,Russian&metric=women&group=ISIS&from=2014').expect(200);
  expect([...byWords.text.matchAll(/<li><span>([^<]*)<\/span> <a href/g)].map((m) => m[1])).toEqual(chips);
  expect(/<title>([^<]*)<\/title>/.exec(byWords.text)![1]).toBe(/<title>([^<]*)<\/title>/.exec(page.text)![1]);
});

test('a value refused for a control character comes back in its form without it, on the search and a comparison', async () => {
  const search = await request(t.app).get('/?q=fight%00ers%1B').expect(400);
  expect(search.text).toContain('value="fighters"');
  expect(search.text).toContain('U+0000');
  const sources = await request(t.app).get('/compare/sources?country=KZ&metric=foreign_fighters&group=IS%00IS').expect(400);
  expect(sources.text).toContain('value="ISIS"');
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  for (const page of [search, sources]) expect(page.text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
});

test("a search's title says what is searched and filtered, and which page, so tabs and history tell searches apart", async () => {
  const title = async (path: string) => /<title>([^<]*)<\/title>/.exec((await request(t.app).get(path).expect(200)).text)![1];
  expect(await title('/')).toBe('Search · Claims ledger');
  expect(await title('/?q=fighters')).toBe('Search: “fighters” · Claims ledger');
  const filtered = await title('/?country=KZ&metric=foreign_fighters');
  expect(filtered).toMatch(/^Search: country Kazakhstan, metric [^·]*foreign fighters · Claims ledger$/i);
  const first = await request(t.app).get('/?limit=2').expect(200);
  const next = /<a href="([^"]+)" rel="next">/.exec(first.text)![1].replace(/&amp;/g, '&');
  const total = Number((await t.db('claims').count({ n: '*' }).first())!.n);
  expect(await title(next)).toBe(`Search (claims 3–4 of ${total}) · Claims ledger`);
  // Stored and typed text stays text: the title is escaped, never markup.
  expect(await title('/?q=%3Cb%3E')).toBe('Search: “&lt;b>” · Claims ledger');
});

test("a list's title and heading say its order and filters: two tabs of one list sorted or filtered differently read apart", async () => {
  const get = async (path: string) => {
    const html = (await request(t.app).get(path).expect(200)).text;
    const h2 = /<h2 id="(?:results|claims)-title">([\s\S]*?)<\/h2>/.exec(html)?.[1].replace(/<[^>]+>/g, '');
    return { title: /<title>([^<]*)<\/title>/.exec(html)![1], h2 };
  };
  expect(await get('/?q=fighters&sort=-value')).toEqual({
    title: 'Search: “fighters”, sorted by figure, largest first · Claims ledger',
    h2: expect.stringMatching(/^\d+ claims matching “fighters”, sorted by figure, largest first$/),
  });
  expect((await get('/?sort=as_of')).title).toBe('Search: sorted by date, oldest first · Claims ledger');
  // The ledger's own order is the default and is not said.
  expect((await get('/?sort=id')).title).toBe('Search · Claims ledger');

  // An actor's and a document's page list their claims, filtered and sorted by the same parameters.
  const abykaev = (await t.db('actors').where({ name: 'Nurtai Abykaev' }).first('id')).id;
  expect(await get(`/actors/${abykaev}`)).toEqual({ title: 'Nurtai Abykaev · Claims ledger', h2: 'Figures stated by Nurtai Abykaev' });
  expect(await get(`/actors/${abykaev}?status=superseded&sort=-value`)).toEqual({
    title: 'Nurtai Abykaev: claims with status superseded, sorted by figure, largest first · Claims ledger',
    h2: 'Figures stated by Nurtai Abykaev: status superseded, sorted by figure, largest first',
  });
  // A filter that matches none of them does not say the actor stated no figure at all.
  const none = (await request(t.app).get(`/actors/${abykaev}?status=retracted`).expect(200)).text;
  expect(none).toContain('No figure stated by Nurtai Abykaev matches these filters.');
  expect(none).not.toContain('The ledger holds no figure stated by');
  const doc = await t.db('documents').first('id', 'title');
  expect((await get(`/documents/${doc.id}?country=RU&sort=-as_of`)).title).toBe(
    `${doc.title}: claims with country Russia, sorted by date, newest first · Claims ledger`,
  );

  // A comparison page says what narrows it beyond its metric and country: a group and a claimant by their names,
  // whether asked for by alias or id, a claimant asked for by name in the words asked.
  expect((await get('/compare/timeline?country=RU&metric=foreign_fighters&from=2015&group=ISIS')).title).toBe(
    'Foreign fighters — Russia: timeline (group Islamic State, from 2015) · Claims ledger',
  );
  expect((await get(`/compare/timeline?country=KZ&metric=foreign_fighters&claimant=${abykaev}`)).title).toBe(
    'Foreign fighters — Kazakhstan: timeline (claimant Nurtai Abykaev) · Claims ledger',
  );
  expect((await get('/compare/timeline?country=KZ&metric=foreign_fighters&claimant=abykaev')).title).toBe(
    'Foreign fighters — Kazakhstan: timeline (claimant abykaev) · Claims ledger',
  );
  expect((await get('/compare/sources?country=KZ&metric=foreign_fighters&to=2014')).title).toBe(
    'Foreign fighters — Kazakhstan: sources compared (to 2014) · Claims ledger',
  );
});

/** Each link of a page by its accessible name (its aria-label, else its text, the visually hidden words included) → where it goes. */
function linksByName(html: string): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  for (const [, attrs, inner] of html.matchAll(/<a\s((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/a>/g)) {
    const href = /\bhref="([^"]*)"/.exec(attrs)?.[1];
    if (href === undefined) continue;
    const label = /\baria-label="([^"]*)"/.exec(attrs)?.[1];
    const name = (label ?? inner.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    byName.set(name, new Set([...(byName.get(name) ?? []), href]));
  }
  return byName;
}

test('no two links of the search page share a name and go to different places (WCAG 2.4.4, 2.4.9)', async () => {
  for (const path of ['/', '/?q=women', '/?country=KZ']) {
    const page = await request(t.app).get(path).expect(200);
    const links = linksByName(page.text);
    // the seed names Kazakhstan in its rows (the country page) and in the country facet (the search filtered by it)
    expect(links.get('Kazakhstan')).toEqual(new Set(['/countries/KZ']));
    const twoPlaces = [...links].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `${name} → ${[...hrefs].join(' | ')}`);
    expect([path, twoPlaces]).toEqual([path, []]);
  }
});
