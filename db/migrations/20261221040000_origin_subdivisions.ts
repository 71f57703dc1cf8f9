import type { Knex } from 'knex';
import type { Subdivision } from './20261210010000_subdivisions';

/*
 * More first-level subdivisions a claim can count, as 20261210010000 made them (each its own place, within its country,
 * never added to its country's figures): regions that reporting on foreign fighters names as the home of the people
 * it counts, and that the earlier list lacked. North Sinai (EG-SIN), the home of Sinai Province's fighters; Kakheti
 * (GE-KA), whose Pankisi Gorge sent most of Georgia's fighters; Kasserine, Medenine (Ben Guerdane) and Bizerte (TN-42,
 * TN-82, TN-23), the governorates Tunisia's travellers are most often told as coming from; the Kurdistan Region of Iraq
 * (IQ-KR, ISO 3166-2's one region of Iraq). Only names that are the region's own (no ethnic group's name as a
 * demonym: Kurds live in four countries). Regions whose people the annotated sets code by their country were left out
 * (Morocco's regions, Spain's autonomous cities, Kenya's counties, Central Asia's provinces: measured in
 * docs/extractor.md, extract82). The extractor's offline lexicon (src/extract/fileLexicon.ts) reads ORIGIN_SUBDIVISIONS
 * from here.
 */
export const ORIGIN_SUBDIVISIONS: Subdivision[] = [
  { code: 'EG-SIN', name: 'North Sinai', within: 'EG', aliases: ['Northern Sinai'], demonyms: [] },
  { code: 'GE-KA', name: 'Kakheti', within: 'GE', aliases: ["K'akheti"], demonyms: [] },
  { code: 'TN-42', name: 'Kasserine', within: 'TN', aliases: [], demonyms: [] },
  { code: 'TN-82', name: 'Medenine', within: 'TN', aliases: ['Médenine'], demonyms: [] },
  { code: 'TN-23', name: 'Bizerte', within: 'TN', aliases: [], demonyms: [] },
  { code: 'IQ-KR', name: 'Kurdistan Region', within: 'IQ', aliases: ['Kurdistan Region of Iraq', 'Iraqi Kurdistan'], demonyms: [] },
];

export async function up(knex: Knex): Promise<void> {
  await knex('countries')
    .insert(ORIGIN_SUBDIVISIONS.map((s) => ({ ...s, kind: 'subdivision', m49: null, members: [], note: null })))
    .onConflict('code')
    .ignore();
}

export async function down(knex: Knex): Promise<void> {
  const codes = ORIGIN_SUBDIVISIONS.map((s) => s.code);
  // a claim or an actor of one of them would lose whose people it counts: the editor decides what it becomes
  const used: { code: string; n: number }[] = (
    await knex.raw(
      `SELECT co.code, ((SELECT count(*) FROM claims c WHERE c.country = co.code) + (SELECT count(*) FROM actors a WHERE a.country = co.code))::int AS n
         FROM countries co WHERE co.code = ANY(?)`,
      [codes],
    )
  ).rows.filter((r: { n: number }) => r.n > 0);
  if (used.length > 0)
    throw new Error(
      `Cannot undo 20261221040000_origin_subdivisions: claims or actors still count ${used.map((u) => u.code).join(', ')}. Give them another country first.`,
    );
  await knex('countries').whereIn('code', codes).del();
}
