import type { Knex } from 'knex';

/*
 * The other places_within rows (20261204010000) that are a first-level subdivision of their own, given their ISO 3166-2
 * code as 20261223010000 gave Oslo's and Mombasa's: without it a row shadowed the code the gazetteer holds for the same
 * name (src/extract/gazetteer.ts reads the ledger's rows first), so "men from Helmand" was AF where "from Kandahar" was
 * AF-KAN. Found by joining places_within with the gazetteer on name and country (and with ISO 3166-2 as published now,
 * Unicode CLDR 48's subdivision containment), then decided by class:
 * - a subdivision row that is the province itself (Helmand, Nangarhar, Kunar, Jalal-Abad, Hadramawt) carries its code;
 * - a city that is its own first-level subdivision, with the same extent (a federal or capital city, a city county or
 *   governorate: Moscow, Beijing, Almaty, Astana, Bishkek, Dushanbe, Tashkent, Nairobi, Mogadishu's Banaadir, Vienna,
 *   Belgrade, Cairo, Port of Spain, Malé) carries its code; Almaty and Astana by the numeric codes ISO 3166-2:KZ has
 *   had since 2020 (KZ-75, KZ-71), not the gazetteer's former KZ-ALA and KZ-AST;
 * - Belgium's regions (Flanders BE-VLG, Wallonia BE-WAL), Brussels (BE-BRU) and Istanbul (TR-34) keep their country: the
 *   annotated sets count their people as Belgians and Turks (measured 7 Dec: their codes cost held-out 31 two country
 *   readings and held-out 37 three; the studied sets code Istanbul's recruits TR);
 * - a city inside a larger subdivision of its name keeps its country, as Kabul and Gaziantep did: Ankara (TR-06),
 *   Stockholm (SE-AB), Madrid (ES-M), Tirana (AL-11), Riyadh (SA-01), Tunis (TN-11), Sirte, Derna, Benghazi, Garissa,
 *   Lamu, Kidal, Mopti; so do London (GB-LND is the City of London, not London), Washington (US-WA is the state; the row's
 *   alias "Washington DC" would be US-DC), Skopje (MK-85 is no first-level subdivision), Pristina (Kosovo has no
 *   ISO 3166-2 codes: the gazetteer's XK-PR is not one), the Sinai (two governorates) and Maguindanao (split in two,
 *   PH-MGN and PH-MGS, in 2022).
 * The extractor gives a place's code only where the text treats it as the origin of the people counted ("recruits from
 * Helmand"); a city named as a government ("Tashkent has repatriated 531") or a venue still gives its country. No
 * subdivision is added to the ledger's places. The extractor's offline lexicon (src/extract/fileLexicon.ts) reads
 * PLACES_WITHIN_OWN_CODES from here.
 */
export const PLACES_WITHIN_OWN_CODES: { name: string; country: string; code: string }[] = [
  // subdivisions
  { name: 'Helmand', country: 'AF', code: 'AF-HEL' },
  { name: 'Nangarhar', country: 'AF', code: 'AF-NAN' },
  { name: 'Kunar', country: 'AF', code: 'AF-KNR' },
  { name: 'Jalal-Abad', country: 'KG', code: 'KG-J' },
  { name: 'Hadramawt', country: 'YE', code: 'YE-HD' },
  // cities that are their own first-level subdivision
  { name: 'Moscow', country: 'RU', code: 'RU-MOW' },
  { name: 'Beijing', country: 'CN', code: 'CN-BJ' },
  { name: 'Almaty', country: 'KZ', code: 'KZ-75' },
  { name: 'Astana', country: 'KZ', code: 'KZ-71' },
  { name: 'Bishkek', country: 'KG', code: 'KG-GB' },
  { name: 'Dushanbe', country: 'TJ', code: 'TJ-DU' },
  { name: 'Tashkent', country: 'UZ', code: 'UZ-TK' },
  { name: 'Nairobi', country: 'KE', code: 'KE-30' },
  { name: 'Mogadishu', country: 'SO', code: 'SO-BN' },
  { name: 'Vienna', country: 'AT', code: 'AT-9' },
  { name: 'Belgrade', country: 'RS', code: 'RS-00' },
  { name: 'Cairo', country: 'EG', code: 'EG-C' },
  { name: 'Port of Spain', country: 'TT', code: 'TT-POS' },
  { name: 'Malé', country: 'MV', code: 'MV-MLE' },
];

export async function up(knex: Knex): Promise<void> {
  // (a row an editor has given a code since is left as the editor made it)
  for (const { name, country, code } of PLACES_WITHIN_OWN_CODES)
    await knex('places_within').where({ name, country }).whereNull('code').update({ code });
}

export async function down(knex: Knex): Promise<void> {
  for (const { name, country, code } of PLACES_WITHIN_OWN_CODES) await knex('places_within').where({ name, country, code }).update({ code: null });
}
