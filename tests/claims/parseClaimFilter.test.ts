import { FilterResolvers, parseClaimFilter } from '../../src/claims/parseClaimFilter';
import { DomainError } from '../../src/errors';

const resolvers: FilterResolvers = {
  place: (ref) => (({ kz: 'KZ', kazakh: 'KZ', ru: 'RU' }) as Record<string, string>)[ref.toLowerCase()] ?? null,
  group: async (ref) => (['is', 'isis', 'islamic-state'].includes(ref.toLowerCase()) ? 'islamic-state' : null),
  metric: async (code) => ['foreign_fighters', 'women'].includes(code),
};
/** The query string as express parses it: the parser takes the record itself, no request. */
const req = (query: Record<string, unknown>) => query;
const cursor = (keys: unknown[]) => Buffer.from(JSON.stringify(keys)).toString('base64url');

async function errorsOf(query: Record<string, unknown>): Promise<string[]> {
  try {
    await parseClaimFilter(req(query), resolvers);
  } catch (err) {
    return (err as DomainError).errors.map((e) => e.field);
  }
  throw new Error('expected a 400');
}

test('reads every filter', async () => {
  const filter = await parseClaimFilter(
    req({
      country: 'Kazakh, RU',
      metric: 'foreign_fighters',
      group: 'ISIS',
      claimant: '12',
      document: '3',
      from: '2014',
      to: '2015-06',
      status: 'active,superseded',
      rank: 'preferred',
      q: ' over 300 ',
      min_value: '100',
      max_value: '1500.5',
      as_recorded: '2025-01-31T00:00:00Z',
      sort: '-as_of',
      facets: 'country,claimant,country',
      limit: '20',
      cursor: cursor(['-as_of', '2014-11-01', 7, 'keys_last']),
    }),
    resolvers,
  );
  expect(filter).toEqual({
    countries: ['KZ', 'RU'],
    metrics: ['foreign_fighters'],
    groups: ['islamic-state'],
    claimantIds: [12],
    documentId: 3,
    from: { date: '2014-01-01', precision: 'year' },
    to: { date: '2015-06-01', precision: 'month' },
    statuses: ['active', 'superseded'],
    ranks: ['preferred'],
    q: 'over 300',
    minValue: 100,
    maxValue: 1500.5,
    asRecorded: '2025-01-31T00:00:00.000Z',
    sort: '-as_of',
    facets: ['country', 'claimant'],
    limit: 20,
    after: { key: '2014-11-01', id: 7 },
  });
});

test('defaults: sort by id, 50 a page; a claimant that is not a number is a name', async () => {
  expect(await parseClaimFilter(req({ claimant: 'Nurtai Abykaev' }), resolvers)).toEqual({
    claimantName: 'Nurtai Abykaev',
    sort: 'id',
    limit: 50,
  });
});

test('a cursor after a claim without a number or a date holds its sort’s sentinel key', async () => {
  for (const [sort, key] of [
    ['value', 'Infinity'],
    ['-value', '-Infinity'],
    ['as_of', 'infinity'],
    ['-as_of', '-infinity'],
  ]) {
    expect((await parseClaimFilter(req({ sort, cursor: cursor([sort, key, 9, 'keys_last']) }), resolvers)).after).toEqual({ key, id: 9 });
  }
  // The other direction's sentinel, a null key and a sentinel of the other column are forged.
  expect(await errorsOf({ sort: 'value', cursor: cursor(['value', '-Infinity', 9, 'keys_last']) })).toEqual(['cursor']);
  expect(await errorsOf({ sort: '-as_of', cursor: cursor(['-as_of', null, 9, 'keys_last']) })).toEqual(['cursor']);
  expect(await errorsOf({ sort: 'as_of', cursor: cursor(['as_of', 'Infinity', 9, 'keys_last']) })).toEqual(['cursor']);
  expect(await errorsOf({ sort: 'created_at', cursor: cursor(['created_at', 'infinity', 9]) })).toEqual(['cursor']);
});

test('a cursor of a sort by date or size made before keyless claims came last is refused, saying to start again', async () => {
  for (const sort of ['-value', 'value', '-as_of', 'as_of']) {
    const err = await parseClaimFilter(req({ sort, cursor: cursor([sort, null, 9]) }), resolvers).then(
      () => null,
      (e: DomainError) => e,
    );
    expect(err?.errors).toEqual([
      {
        field: 'cursor',
        message:
          'comes from an earlier order of this sort (claims without a date or a number now come last): start again from the first page',
      },
    ]);
  }
  expect(
    (await parseClaimFilter(req({ sort: 'created_at', cursor: cursor(['created_at', '2026-12-07 10:00:00+00', 4]) }), resolvers)).after,
  ).toEqual({ key: '2026-12-07 10:00:00+00', id: 4 });
});

test('each bad parameter is named', async () => {
  expect(
    await errorsOf({
      country: 'Narnia',
      metric: 'unicorns',
      group: 'nobody',
      document: 'x',
      from: '2014-02-30',
      status: 'gone',
      rank: 'best',
      q: '',
      min_value: '1e3',
      sort: 'size',
      facets: 'mood',
      as_recorded: '31/01/2025',
    }),
  ).toEqual(['country', 'metric', 'group', 'document', 'from', 'status', 'rank', 'q', 'min_value', 'as_recorded', 'sort', 'facets']);
  expect(await errorsOf({ sort: 'as_of', cursor: cursor(['value', '10', 1, 'keys_last']) })).toEqual(['cursor']);
  expect(await errorsOf({ sort: 'created_at', cursor: cursor(['created_at', '2026-12-07 10:00:00+00', 1, 'keys_last']) })).toEqual([
    'cursor',
  ]);
  expect(await errorsOf({ sort: 'value', cursor: cursor(['value', '10', 1, 'nulls_first']) })).toEqual(['cursor']);
  expect(await errorsOf({ sort: 'created_at', cursor: cursor(['created_at', null, 1]) })).toEqual(['cursor']);
  expect(await errorsOf({ cursor: cursor(['id', null, 1.5]) })).toEqual(['cursor']);
  expect(await errorsOf({ from: '2015', to: '2014-12' })).toEqual(['to']);
});

test('a refused value bound is told what is taken, not that 1e3 is no number', async () => {
  for (const raw of ['1e3', '1e308', '9007199254740993', 'Infinity', '0x10', ' 5']) {
    const err = await parseClaimFilter(req({ min_value: raw }), resolvers).then(
      () => null,
      (e: DomainError) => e,
    );
    expect([raw, err?.errors]).toEqual([
      raw,
      [
        {
          field: 'min_value',
          message: 'must be a number in digits, such as 1500 or -2.5 (at most 15 digits before the point and 10 after)',
        },
      ],
    ]);
  }
  expect((await parseClaimFilter(req({ min_value: '-0', max_value: '999999999999999.5' }), resolvers)).minValue).toBe(-0);
});
