import { ClaimLookups, prepareClaim, prepareFields } from '../../src/claims/prepare';

// The step every writer of a new claim shares is pure: the lookups are plain maps, so each rule is seen here alone.
const lookups = (): ClaimLookups => ({
  metrics: new Set(['women']),
  place: (ref) => (({ KZ: 'KZ', Kazakh: 'KZ', Syria: 'SY' }) as Record<string, string>)[ref] ?? null,
  groups: new Map([
    ['ISIS', 'islamic-state'],
    ['nobody', null],
  ]),
  actors: new Map([[7, { name: 'Office', kind: 'government_agency', affiliations: null }]]),
  documents: new Map([
    [
      3,
      {
        title: 'T',
        url: null,
        publisher_id: null,
        publisher_name: '',
        published_on: null,
        published_precision: null,
        text: 'He said 150 women had left.',
      },
    ],
  ]),
  claims: new Set([11]),
});
const input = {
  metric: 'women',
  country: 'Kazakh',
  approximation: 'exact' as const,
  value: 150,
  value_text: '150 women',
  as_of: '2016-05',
  claimant_id: 7,
  sources: [{ document_id: 3, quote: '150 women' }],
};

test('a good input becomes the row as stored, its sources located in their text, its links asserted by the claimant', () => {
  const { claim, errors } = prepareClaim(
    { ...input, group: 'ISIS', location: ['Syria'], relations: [{ type: 'supersedes', claim_id: 11 }], reason: 'why' },
    lookups(),
  );
  expect(errors).toEqual([]);
  expect(claim.row).toEqual({
    key: null,
    metric: 'women',
    country: 'KZ',
    group_slug: 'islamic-state',
    location: ['SY'],
    value: 150,
    value_low: null,
    value_high: null,
    approximation: 'exact',
    value_text: '150 women',
    as_of: '2016-05-01',
    as_of_precision: 'month',
    stated_on: null,
    stated_precision: null,
    claimant_id: 7,
    context: null,
    rank: 'normal',
    credibility: null,
    notes: null,
  });
  expect(claim.sources).toEqual([
    { document_id: 3, quote: '150 women', location: { start: 8, end: 17, prefix: 'He said ', suffix: ' had left.' } },
  ]);
  expect(claim.relations).toEqual([{ type: 'supersedes', related_claim_id: 11, asserted_by: 7 }]);
  expect(claim.reason).toBe('why');
});

test('every broken rule is reported at once, each naming its field', () => {
  const { errors } = prepareClaim(
    {
      ...input,
      metric: 'men',
      country: 'Atlantis',
      group: 'nobody',
      claimant_id: 8,
      value: 200,
      value_low: 10,
      value_high: 100,
      sources: [
        { document_id: 3, quote: '150 men' },
        { document_id: 4, quote: 'x' },
      ],
      relations: [{ type: 'corroborates', claim_id: 12, asserted_by: 9 }],
    },
    lookups(),
  );
  expect(errors.map((e) => e.field)).toEqual([
    '/sources/0/quote',
    '/sources/1/document_id',
    '/metric',
    '/country',
    '/group',
    '/claimant_id',
    '/relations/0/claim_id',
    '/relations/0/asserted_by',
    '/value',
  ]);
});

test('an edit resolves only the fields it gives', () => {
  const errors: { field: string; message: string }[] = [];
  expect(prepareFields({ group: null, stated_on: null, country: 'Syria' }, lookups(), errors)).toEqual({
    group_slug: null,
    stated_on: null,
    stated_precision: null,
    country: 'SY',
  });
  expect(errors).toEqual([]);
});
