/**
 * A body the text names with its acronym in brackets: the extractor writes it so ("Norwegian Police Security Service
 * (PST)", as the corpora do), and the ledger, whose actors are named without the acronym (an alias), still finds the
 * actor by the name alone or by the acronym alone, through the API and in the workspace's claimant picker.
 */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { actorNameOf, namesOf } from '../../src/extract/names';
import type { Candidate } from '../../src/extract/candidate';
import { candidateForm } from '../../src/web/workspace/form';
import { createTestApp, TestApp } from '../support/app';
import { loadVocabulariesOnly, signIn } from '../workspace/support';
import { run } from './support';

const ARTICLE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'extract', 'seed-article.txt'), 'utf8');
const PST = 'The Norwegian Police Security Service (PST) estimates that around 40 Norwegians are still in Syria.';
const PET = 'The Danish Security and Intelligence Service (PET) says 160 people have travelled from Denmark to Syria.';
const SDF = 'The Syrian Democratic Forces (SDF) say they hold about 2,000 foreign fighters in their prisons.';

describe('the name as the text writes it, and the names an actor may be held under', () => {
  test('a body whose name says whose it is keeps its bracketed acronym; the new actor is named without it', () => {
    const [c] = run(PST).candidates;
    expect(c.claimant).toEqual({
      name: 'Norwegian Police Security Service (PST)',
      mention: 'The Norwegian Police Security Service (PST)',
      actor_id: null,
      new: true,
    });
    expect(namesOf(c.claimant!.name)).toEqual(['Norwegian Police Security Service (PST)', 'Norwegian Police Security Service', 'PST']);
    expect(candidateForm(c, [c], 'new')).toMatchObject({ claimant: 'new', claimant_name: 'Norwegian Police Security Service' });
  });

  test('only an acronym comes off a new actor’s name: a state in brackets or a name without brackets stays', () => {
    expect(actorNameOf('Kazakh National Security Committee (KNB)')).toBe('Kazakh National Security Committee');
    expect(actorNameOf('Ministry of the Interior (Morocco)')).toBe('Ministry of the Interior (Morocco)');
    expect(actorNameOf('National Intelligence Agency (BIN), Indonesia')).toBe('National Intelligence Agency (BIN), Indonesia');
    expect(actorNameOf('Nurtai Abykaev')).toBe('Nurtai Abykaev');
  });

  test("the seed article names the KNB as the text brackets it, and the workspace's new actor as the ledger names it", () => {
    const { candidates } = run(ARTICLE);
    const knb = candidates.filter((c) => c.claimant?.name.includes('KNB'));
    expect(knb.length).toBeGreaterThan(0);
    for (const c of knb) {
      expect(c.claimant!.name).toBe('Kazakh National Security Committee (KNB)');
      // the seed's actor holds "Kazakh National Security Committee" and "KNB" as aliases
      expect(candidateForm(c, candidates, 'new').claimant_name).toBe('Kazakh National Security Committee');
    }
  });
});

describe('resolution to an existing actor (real PostgreSQL)', () => {
  let t: TestApp;
  let byName: number;
  let byAcronym: number;
  beforeAll(async () => {
    t = await createTestApp();
    await loadVocabulariesOnly(t.db);
    const actor = async (body: object) =>
      (
        await request(t.app)
          .post('/v1/actors')
          .set(t.as.editor)
          .send({ reason: 'test', ...body })
          .expect(201)
      ).body.id as number;
    // one held under the name without its acronym, one under another name with the acronym as an alias
    byName = await actor({ kind: 'government_agency', name: 'Norwegian Police Security Service', country: 'NO' });
    byAcronym = await actor({ kind: 'armed_group', name: 'Quwwat Suriya al-Dimuqratiya', aliases: ['SDF'] });
  });
  afterAll(() => t.drop());

  test('POST /v1/extract matches the name without the acronym, and the acronym alone', async () => {
    const pst = (await request(t.app).post('/v1/extract').set(t.as.editor).send({ text: PST }).expect(200)).body.candidates as Candidate[];
    expect(pst[0].claimant).toEqual({
      name: 'Norwegian Police Security Service',
      mention: 'The Norwegian Police Security Service (PST)',
      actor_id: byName,
      new: false,
    });
    const sdf = (await request(t.app).post('/v1/extract').set(t.as.editor).send({ text: SDF }).expect(200)).body.candidates as Candidate[];
    expect(sdf[0].claimant).toEqual({
      name: 'Quwwat Suriya al-Dimuqratiya',
      mention: 'The Syrian Democratic Forces (SDF)',
      actor_id: byAcronym,
      new: false,
    });
  });

  test("the workspace's claimant picker preselects an actor made after the extraction, held under the name without the acronym", async () => {
    const editor = await signIn(t.app, t.keys.editor);
    const res = await editor.post('/workspace/documents', {
      title: 'Danish travellers',
      url: 'https://example.org/pet',
      kind: 'blog_post',
      publisher: 'new',
      publisher_name: 'Example News',
      publisher_kind: 'media_outlet',
      authors: 'A. Writer',
      published_on: '2025-06',
      language: 'en',
      text: PET,
    });
    expect(res.status).toBe(303);
    const review = res.headers.location.replace(/#.*$/, '');
    // proposed before the ledger held the body: a new actor, to be named as the ledger names its actors
    expect((await editor.get(review)).text).toContain(
      '<option value="new" selected>new actor: Danish Security and Intelligence Service</option>',
    );
    // an editor makes the actor (as accepting that first candidate would): the stored proposal now finds it
    const pet = (
      await request(t.app)
        .post('/v1/actors')
        .set(t.as.editor)
        .send({ reason: 'test', kind: 'government_agency', name: 'Danish Security and Intelligence Service', country: 'DK' })
        .expect(201)
    ).body.id;
    expect((await editor.get(review)).text).toContain(
      `<option value="actor:${pet}" selected>Danish Security and Intelligence Service (government agency, actor ${pet})</option>`,
    );
  });
});
