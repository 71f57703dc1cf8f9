import type { Knex } from 'knex';

/*
 * Places within a country whose own first-level subdivision has their name and extent, given its ISO 3166-2 code as the
 * gazetteer has it: the city of Oslo is the county Oslo (NO-03), the city of Mombasa the county Mombasa (KE-28). Their
 * places_within rows (20261204010000) had no code, and the extractor reads the ledger's rows before the gazetteer, so
 * "young men from Mombasa" was KE while "from Kwale" was KE-19: the row shadowed the gazetteer's code. A city inside a
 * larger subdivision of its name (Gaziantep in TR-27, Kabul in AF-KAB, Washington, which is not US-WA) keeps its
 * country. Osh is neither: the city (KG-GO) is not Osh Region (KG-O), which the gazetteer holds under that longer name,
 * read now over the ledger's shorter one (src/extract/lexicon.ts). The extractor's offline lexicon
 * (src/extract/fileLexicon.ts) reads PLACES_WITHIN_CODES from here. No subdivision is added to the ledger's places.
 */
export const PLACES_WITHIN_CODES: { name: string; country: string; code: string }[] = [
  { name: 'Oslo', country: 'NO', code: 'NO-03' },
  { name: 'Mombasa', country: 'KE', code: 'KE-28' },
];

export async function up(knex: Knex): Promise<void> {
  for (const { name, country, code } of PLACES_WITHIN_CODES)
    await knex('places_within').where({ name, country }).whereNull('code').update({ code });
}

export async function down(knex: Knex): Promise<void> {
  for (const { name, country, code } of PLACES_WITHIN_CODES) await knex('places_within').where({ name, country, code }).update({ code: null });
}
