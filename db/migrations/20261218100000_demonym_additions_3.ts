import type { Knex } from 'knex';

/**
 * "Congolese", the demonym texts write without the capital in brackets the country list gives ("Congolese (Kinshasa)",
 * "Congolese (Brazzaville)": forms no text uses). It is given to the Democratic Republic of the Congo, whose nationals
 * the texts on extremism count (the ADF, Islamic State's Central Africa province); the Republic of the Congo keeps its
 * own "Congolese (Brazzaville)". Added only where the country does not hold it.
 */
export const ADDED_DEMONYMS_3: Record<string, string[]> = {
  CD: ['Congolese'],
};

export async function up(knex: Knex): Promise<void> {
  for (const [code, demonyms] of Object.entries(ADDED_DEMONYMS_3)) {
    await knex.raw(`UPDATE countries SET demonyms = demonyms || ARRAY(SELECT d FROM unnest(?::text[]) d WHERE d <> ALL (demonyms)) WHERE code = ?`, [
      demonyms,
      code,
    ]);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const [code, demonyms] of Object.entries(ADDED_DEMONYMS_3)) {
    await knex.raw('UPDATE countries SET demonyms = ARRAY(SELECT d FROM unnest(demonyms) d WHERE d <> ALL (?::text[])) WHERE code = ?', [
      demonyms,
      code,
    ]);
  }
}
