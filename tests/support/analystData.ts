import request from 'supertest';
import type { TestApp } from './app';

/** Seed claims by their seed key suffix. */
export const SEED_KEYS = {
  video: 'rferl-26698040/video-2013-kz-150',
  knb300: 'rferl-26698040/knb-kz-fighters-300',
  women: 'rferl-26698040/knb-kz-women-150',
  hundreds: 'rferl-26698040/knb-kz-hundreds',
  fsb1100: 'rferl-26698040/fsb-ru-fighters-1100',
  fsb1500: 'rferl-26698040/fsb-ru-fighters-1500',
} as const;

export interface AnalystData {
  claims: Record<
    | keyof typeof SEED_KEYS
    | 'soufanKz2014'
    | 'soufanKzRange'
    | 'icsrKz'
    | 'icsrKzRetracted'
    | 'gknbKg'
    | 'soufanKg'
    | 'soufanTj'
    | 'icsrUz'
    | 'soufanUz'
    | 'soufanRu2014'
    | 'soufanRu'
    | 'fsb2900',
    number
  >;
  actors: { soufan: number; icsr: number; gknb: number; abykaev: number; knb: number; paraszczuk: number; bortnikov: number };
  documents: { soufan: number; icsr: number; rferl: number };
}

/**
 * The seed figures plus figures from other sources, small enough to check every view by hand:
 *
 * foreign_fighters, KZ: video ~150 (2013-11, Paraszczuk) · Abykaev over 300 (undated) · KNB “hundreds” (vague, undated)
 *   · Soufan 250 exact (2014-06) then 250–360 range (2015-12) · ICSR ~360 (2015-01) · ICSR 9,999 (2015-02, RETRACTED)
 * foreign_fighters, KG: GKNB 500 exact (2015-06, rank preferred) · Soufan ~600 (2015-12)
 * foreign_fighters, TJ: Soufan at least 386 (2015)          TM: nothing
 * foreign_fighters, UZ: ICSR 500 exact (2014-10) · Soufan 500 exact (2015-12)
 * foreign_fighters, RU: FSB ~1,100 → 1,500 (undated, seed) → 2,900 (2015-12); each supersedes the previous · Soufan 800 (2014-06) · Soufan
 * ~2,400 (2015-12)
 * women, KZ: KNB ~150, part_of Abykaev’s 300 (seed)
 */
export async function loadAnalystData(t: TestApp): Promise<AnalystData> {
  const post = async (path: string, body: object) => (await request(t.app).post(path).set(t.as.editor).send(body).expect(201)).body;
  const seedClaims: Record<string, number> = {};
  for (const [name, key] of Object.entries(SEED_KEYS)) {
    const row = await t.db('claims').where({ key }).first('id');
    seedClaims[name] = row.id;
  }
  const actorId = async (name: string) => (await t.db('actors').where({ name }).first('id')).id as number;
  const actors = {
    soufan: (await post('/v1/actors', { kind: 'research_institute', name: 'The Soufan Group', country: 'US' })).id as number,
    icsr: (
      await post('/v1/actors', {
        kind: 'research_institute',
        name: 'ICSR',
        aliases: ['International Centre for the Study of Radicalisation'],
        country: 'GB',
      })
    ).id as number,
    gknb: (await post('/v1/actors', { kind: 'government_agency', name: 'GKNB', country: 'KG' })).id as number,
    abykaev: await actorId('Nurtai Abykaev'),
    knb: (await t.db('claims').where({ id: seedClaims.hundreds }).first('claimant_id')).claimant_id as number,
    paraszczuk: (await t.db('claims').where({ id: seedClaims.video }).first('claimant_id')).claimant_id as number,
    bortnikov: await actorId('Aleksandr Bortnikov'),
  };
  const documents = {
    soufan: (await post('/v1/documents', { kind: 'report', title: 'Foreign Fighters: An Updated Assessment', published_on: '2015-12' }))
      .id as number,
    icsr: (
      await post('/v1/documents', {
        kind: 'report',
        title: 'Foreign fighter total in Syria/Iraq now exceeds 20,000',
        published_on: '2015-01',
      })
    ).id as number,
    rferl: (await t.db('claim_sources').where({ claim_id: seedClaims.video }).first('document_id')).document_id as number,
  };
  const claim = async (fields: Record<string, unknown>, claimant: number, doc: number, quote: string) =>
    (await post('/v1/claims', { metric: 'foreign_fighters', claimant_id: claimant, sources: [{ document_id: doc, quote }], ...fields }))
      .id as number;

  const soufanKz2014 = await claim(
    { country: 'KZ', value: 250, approximation: 'exact', value_text: '250', as_of: '2014-06' },
    actors.soufan,
    documents.soufan,
    'Kazakhstan: 250 (June 2014)',
  );
  const soufanKzRange = await claim(
    {
      country: 'KZ',
      value_low: 250,
      value_high: 360,
      approximation: 'range',
      value_text: 'between 250 and 360 individuals',
      as_of: '2015-12',
    },
    actors.soufan,
    documents.soufan,
    'Kazakhstan: 250-360',
  );
  const icsrKz = await claim(
    { country: 'KZ', value: 360, approximation: 'approximately', value_text: 'around 360', as_of: '2015-01' },
    actors.icsr,
    documents.icsr,
    'Kazakhstan 360',
  );
  const icsrKzRetracted = await claim(
    { country: 'KZ', value: 9999, approximation: 'exact', value_text: '9,999', as_of: '2015-02' },
    actors.icsr,
    documents.icsr,
    'Kazakhstan 9999',
  );
  await request(t.app)
    .delete(`/v1/claims/${icsrKzRetracted}`)
    .set(t.as.editor)
    .send({ reason: 'typing error: the report says 360' })
    .expect(200);
  const gknbKg = await claim(
    { country: 'KG', value: 500, approximation: 'exact', value_text: '500', as_of: '2015-06', rank: 'preferred' },
    actors.gknb,
    documents.icsr,
    'Kyrgyzstan 500',
  );
  const soufanKg = await claim(
    { country: 'KG', value: 600, approximation: 'approximately', value_text: 'about 600', as_of: '2015-12' },
    actors.soufan,
    documents.soufan,
    'Kyrgyzstan: 600',
  );
  const soufanTj = await claim(
    { country: 'TJ', value: 386, approximation: 'at_least', value_text: 'at least 386', as_of: '2015' },
    actors.soufan,
    documents.soufan,
    'Tajikistan: 386',
  );
  const icsrUz = await claim(
    { country: 'UZ', value: 500, approximation: 'exact', value_text: '500', as_of: '2014-10' },
    actors.icsr,
    documents.icsr,
    'Uzbekistan 500',
  );
  const soufanUz = await claim(
    { country: 'UZ', value: 500, approximation: 'exact', value_text: '500', as_of: '2015-12' },
    actors.soufan,
    documents.soufan,
    'Uzbekistan: 500',
  );
  const soufanRu2014 = await claim(
    { country: 'RU', value: 800, approximation: 'exact', value_text: '800', as_of: '2014-06' },
    actors.soufan,
    documents.soufan,
    'Russia: 800 (June 2014)',
  );
  const soufanRu = await claim(
    { country: 'RU', value: 2400, approximation: 'approximately', value_text: 'some 2,400', as_of: '2015-12' },
    actors.soufan,
    documents.soufan,
    'Russia: 2,400',
  );
  const fsb2900 = await claim(
    {
      country: 'RU',
      group: 'islamic-state',
      value: 2900,
      approximation: 'exact',
      value_text: '2,900',
      as_of: '2015-12',
      relations: [{ type: 'supersedes', claim_id: seedClaims.fsb1500 }],
    },
    actors.bortnikov,
    documents.icsr,
    'Bortnikov: 2,900',
  );

  return {
    claims: {
      ...(seedClaims as Record<keyof typeof SEED_KEYS, number>),
      soufanKz2014,
      soufanKzRange,
      icsrKz,
      icsrKzRetracted,
      gknbKg,
      soufanKg,
      soufanTj,
      icsrUz,
      soufanUz,
      soufanRu2014,
      soufanRu,
      fsb2900,
    },
    actors,
    documents,
  };
}
