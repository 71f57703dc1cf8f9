import type { Knex } from 'knex';

/*
 * Places and demonyms added after the first migration loaded db/data/ (whose files stay as that migration read
 * them, so every database gets the same places whenever it was migrated): the groupings Middle East, Maghreb and
 * Former Soviet Union, which the extraction README lists as places a figure may count, and the nationality nouns
 * Brit, Croat, Pole and Serb. The extractor's offline lexicon (src/extract/fileLexicon.ts) reads them from here.
 */
export interface AddedPlace {
  code: string;
  name: string;
  kind: 'grouping';
  demonyms: string[];
  aliases: string[];
  members: string[];
  note: string;
}

export const ADDED_PLACES: AddedPlace[] = [
  {
    code: 'MIDEAST', name: 'Middle East', kind: 'grouping', demonyms: ['Middle Eastern'], aliases: ['Mideast', 'The Middle East'],
    members: ['AE', 'BH', 'CY', 'EG', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE'],
    note: 'The usual security-reporting sense: the Arab states of the Levant and the Gulf, Egypt, Israel and Palestine, Iran, Turkey, Cyprus and Yemen. Definitions vary (some add Libya, Sudan or Afghanistan; some leave out Turkey or Cyprus).',
  },
  {
    code: 'MAGHREB', name: 'Maghreb', kind: 'grouping', demonyms: ['Maghrebi', 'Maghrebian'], aliases: ['The Maghreb', 'Greater Maghreb'],
    members: ['DZ', 'LY', 'MA', 'MR', 'TN'],
    note: 'The five members of the Arab Maghreb Union; a narrower use means only Algeria, Morocco and Tunisia.',
  },
  {
    code: 'FSU', name: 'Former Soviet Union', kind: 'grouping', demonyms: [],
    aliases: ['former Soviet Union', 'Soviet Union', 'USSR', 'former Soviet republics', 'post-Soviet states'],
    members: ['AM', 'AZ', 'BY', 'EE', 'GE', 'KG', 'KZ', 'LT', 'LV', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ'],
    note: 'The fifteen successor states of the USSR, the usual aggregate in counts of Russian-speaking foreign fighters.',
  },
];

/** Demonyms added to countries, by country code. */
export const ADDED_DEMONYMS: Record<string, string[]> = { GB: ['Brit'], HR: ['Croat'], PL: ['Pole'], RS: ['Serb'] };

export async function up(knex: Knex): Promise<void> {
  await knex('countries').insert(ADDED_PLACES.map((p) => ({ ...p, m49: null }))).onConflict('code').ignore();
  for (const [code, demonyms] of Object.entries(ADDED_DEMONYMS)) {
    await knex.raw(`UPDATE countries SET demonyms = demonyms || ARRAY(SELECT d FROM unnest(?::text[]) d WHERE d <> ALL (demonyms)) WHERE code = ?`, [demonyms, code]);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const [code, demonyms] of Object.entries(ADDED_DEMONYMS)) {
    await knex.raw('UPDATE countries SET demonyms = ARRAY(SELECT d FROM unnest(demonyms) d WHERE d <> ALL (?::text[])) WHERE code = ?', [demonyms, code]);
  }
  await knex('countries').whereIn('code', ADDED_PLACES.map((p) => p.code)).whereNotExists(knex('claims').select(knex.raw('1')).whereRaw('claims.country = countries.code')).del();
}
