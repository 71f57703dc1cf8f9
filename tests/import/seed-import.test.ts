import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSeed, SEED_FILE, seedImportLines } from '../../seeds/load';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

// The seed is an import file: its records go through the bulk import, every rule of the ledger applied.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const seed = () => JSON.parse(fs.readFileSync(SEED_FILE, 'utf8'));

test('the seed is loaded as import lines: claims by their keys, created by "seed" with the seed’s reason', async () => {
  const lines = seedImportLines(seed()).map((l) => JSON.parse(l));
  expect(lines.map((l) => l.type)).toEqual([
    ...seed().actors.map(() => 'actor'),
    ...seed().documents.map(() => 'document'),
    ...seed().claims.map(() => 'claim'),
  ]);
  const keys = seed().claims.map((c: { key: string }) => c.key);
  const rows = await t.db('claims').whereIn('key', keys).select('id');
  expect(rows).toHaveLength(keys.length);
  const revisions = await t
    .db('revisions')
    .where({ entity: 'claim', action: 'create' })
    .whereIn(
      'entity_id',
      rows.map((r) => r.id),
    );
  expect(revisions.map((r) => [r.author, r.reason])).toEqual(rows.map(() => ['seed', 'seed data from the RFE/RL article']));
  // A person's roles come with the actor line: created with them, one revision.
  const person = seed().actors.find((a: { affiliations?: unknown[] }) => a.affiliations?.length);
  const actor = await t.db('actors').where({ name: person.name }).first();
  expect(await t.db('actor_affiliations').where({ person_id: actor.id }).select('role')).toHaveLength(person.affiliations.length);
  expect(await t.db('revisions').where({ entity: 'actor', entity_id: actor.id }).select('version')).toEqual([{ version: 1 }]);
});

test('loading the seed again changes nothing', async () => {
  const before = await tableChecksums(t.db);
  expect(await loadSeed(t.db)).toEqual({ claims: seed().claims.length });
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a seed claim that breaks a rule fails with the import’s line and field, and writes nothing', async () => {
  const broken = seed();
  broken.claims[1].key = 'broken-seed-claim';
  broken.claims[1].metric = 'no_such_metric';
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-')), 'ledger.json');
  fs.writeFileSync(file, JSON.stringify(broken));
  const before = await tableChecksums(t.db);
  const line = broken.actors.length + broken.documents.length + 2;
  await expect(loadSeed(t.db, file)).rejects.toThrow(`"line":${line},"field":"/metric"`);
  expect(await tableChecksums(t.db)).toEqual(before);
});
