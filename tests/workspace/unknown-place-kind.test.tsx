/**
 * A refusal of a place the ledger does not hold is of a kind (`code: "unknown_place"`, src/closedSets.ts
 * FIELD_ERROR_CODES), said by every check that resolves a place and kept through the workspace's forms: the Country
 * field offers "Add a place" by that kind, never by the refusal's words (robust50: the form had matched "is not a known").
 */
import { render } from 'preact-render-to-string';
import request from 'supertest';
import type { FieldError } from '../../src/errors';
import { FigureFields, type Vocabularies } from '../../src/web/workspace/claimFields';
import { emptyClaimForm } from '../../src/web/workspace/form';
import { seedClaimBody } from '../support/seedClaim';
import type { TestApp } from '../support/app';
import { pageForm, workspaceLedger } from './support';

let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

test('the API says an unknown place by its kind, in bodies and in filters', async () => {
  const claim = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({ ...seedClaimBody(), country: 'Atlantis', location: ['Lemuria'] });
  expect(claim.status).toBe(422);
  expect(claim.body.errors).toEqual(
    expect.arrayContaining([
      { field: '/country', message: '"Atlantis" is not a known country, region or demonym', code: 'unknown_place' },
      { field: '/location/0', message: '"Lemuria" is not a known country or region', code: 'unknown_place' },
    ]),
  );
  const filter = await request(t.app).get('/v1/claims?country=Atlantis');
  expect(filter.status).toBe(400);
  expect(filter.body.errors).toEqual([
    { field: 'country', message: '"Atlantis" is not a known country, region or demonym', code: 'unknown_place' },
  ]);
  const actor = await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name: 'A Person', country: 'Atlantis' });
  expect(actor.status).toBe(422);
  expect(actor.body.errors).toEqual([{ field: '/country', message: '"Atlantis" is not a known country or region', code: 'unknown_place' }]);
  // other refusals have no kind
  const metric = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({ ...seedClaimBody(), metric: 'no_such_metric' });
  expect(metric.body.errors.every((e: FieldError) => e.code === undefined)).toBe(true);
});

test('a candidate accepted with a place the ledger lacks offers Add a place under its Country field', async () => {
  const posted = await editor.post('/workspace/documents', {
    title: 'Unknown place',
    url: '',
    text: 'The interior ministry said 40 Kazakh fighters had returned.',
  });
  expect(posted.status).toBe(303);
  const id = Number(/documents\/(\d+)/.exec(posted.headers.location)![1]);
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  const action = `/workspace/documents/${id}/candidates/c1`;
  const refused = await editor.post(action, { ...pageForm(page.text, action), country: 'Atlantis' });
  expect(refused.status).toBe(422);
  expect(refused.text).toContain('is not a known country, region or demonym');
  expect(refused.text).toContain('<a href="/workspace/places">Add a place</a>');
});

describe('the Country field', () => {
  const vocab: Vocabularies = {
    metrics: [],
    groups: [],
    places: [],
    labels: { metric: (c) => c, country: (c) => c, group: (s) => s, metrics: [] },
  };
  const fields = (errors: FieldError[]) =>
    render(<FigureFields prefix="c1" form={emptyClaimForm()} errors={errors} actors={[]} vocab={vocab} />);

  test('offers Add a place for a refusal of the kind unknown_place, whatever its words', () => {
    expect(fields([{ field: 'country', message: 'names no place the ledger holds', code: 'unknown_place' }])).toContain('Add a place');
  });

  test('offers nothing for another refusal, even one worded as an unknown place', () => {
    expect(fields([{ field: 'country', message: '"KZ" is not a known reading of this text' }])).not.toContain('Add a place');
    expect(fields([{ field: 'country', message: "differs from the reading chosen in the extractor's gazetteer" }])).not.toContain(
      'Add a place',
    );
    // an unknown place in another field is that field's
    expect(fields([{ field: 'location', message: '"Lemuria" is not a known country or region', code: 'unknown_place' }])).not.toContain(
      'Add a place',
    );
  });
});
