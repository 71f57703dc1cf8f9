import type { Knex } from 'knex';
import type { Subdivision } from './20261210010000_subdivisions';

/*
 * ISO 3166-2 subdivisions that texts name as the home of the people they count and that the ledger had no place for,
 * as 20261221040000 added its regions (each its own place, within its country, never added to its country's figures):
 * Victoria (AU-VIC), the Australian state whose residents Australian reporting counts apart; the province of Liège
 * (BE-WLG, a province of Wallonia, whose people reporting on Belgium's travellers counts by their town); and Birmingham
 * (GB-BIR, a metropolitan district of England). Checked against ISO 3166-2 as the system's iso-codes 4.15.0 and Unicode
 * CLDR 48's subdivision containment hold it (AU-VIC a state of AU; BE-WLG a province within BE-WAL; GB-BIR a
 * metropolitan district within GB-ENG). The shipped gazetteer could not give them: "Victoria" and "Birmingham" name
 * places of other countries too (scripts/build-gazetteer.ts leaves such names out), and Liège is no first-level
 * subdivision. Their names only, no demonym ("Victorian" is an era as often). The extractor gives a subdivision's code
 * only where the text treats it as the people's origin ("men from Victoria"); a city named as a venue still gives its
 * country. The extractor's offline lexicon (src/extract/fileLexicon.ts) reads ISO_ORIGIN_SUBDIVISIONS through
 * db/shippedPlaces.ts.
 */
export const ISO_ORIGIN_SUBDIVISIONS: Subdivision[] = [
  { code: 'AU-VIC', name: 'Victoria', within: 'AU', aliases: [], demonyms: [] },
  { code: 'BE-WLG', name: 'Liège', within: 'BE', aliases: ['Liege'], demonyms: [] },
  { code: 'GB-BIR', name: 'Birmingham', within: 'GB', aliases: [], demonyms: [] },
];

export async function up(knex: Knex): Promise<void> {
  await knex('countries')
    .insert(ISO_ORIGIN_SUBDIVISIONS.map((s) => ({ ...s, kind: 'subdivision', m49: null, members: [], note: null })))
    .onConflict('code')
    .ignore();
}

export async function down(knex: Knex): Promise<void> {
  const codes = ISO_ORIGIN_SUBDIVISIONS.map((s) => s.code);
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
      `Cannot undo 20261227040000_iso_origin_subdivisions: claims or actors still count ${used.map((u) => u.code).join(', ')}. Give them another country first.`,
    );
  await knex('countries').whereIn('code', codes).del();
}
