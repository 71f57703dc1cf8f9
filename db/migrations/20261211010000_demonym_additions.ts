import type { Knex } from 'knex';

/**
 * Demonyms real texts use that the country list lacked: "Trinbagonians" (Trinidad and Tobago), "Bosniaks" (Bosnia and
 * Herzegovina's Muslims), "Filipinas", "Yemenite". Each is added only where its country does not hold it. (The nations
 * of the United Kingdom are left out: "English" would make a text's "English version" British nationals, and "the
 * Scottish Government" is no count of Scots.)
 */
export const ADDED_DEMONYMS_2: Record<string, string[]> = {
  TT: ['Trinbagonian'],
  BA: ['Bosniak'],
  PH: ['Filipina'],
  YE: ['Yemenite'],
};

export async function up(knex: Knex): Promise<void> {
  for (const [code, demonyms] of Object.entries(ADDED_DEMONYMS_2)) {
    await knex.raw(`UPDATE countries SET demonyms = demonyms || ARRAY(SELECT d FROM unnest(?::text[]) d WHERE d <> ALL (demonyms)) WHERE code = ?`, [
      demonyms,
      code,
    ]);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const [code, demonyms] of Object.entries(ADDED_DEMONYMS_2)) {
    await knex.raw('UPDATE countries SET demonyms = ARRAY(SELECT d FROM unnest(demonyms) d WHERE d <> ALL (?::text[])) WHERE code = ?', [
      demonyms,
      code,
    ]);
  }
}
