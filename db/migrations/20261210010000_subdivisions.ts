import type { Knex } from 'knex';
import { PLACES_WITHIN } from './20261204010000_places_within';

/*
 * A first-level subdivision with an ISO 3166-2 code becomes a place a claim can count: "1,000 Chechens" are the people
 * of RU-CE, not 1,000 Russians, as the extraction README codes them. Each is its own place, within its country (the
 * new column `within`); nothing adds its figures to its country's. Its rows are the places_within subdivisions that
 * have a code, with their names, aliases and demonyms; places_within stays as it is (readers of text still find a
 * country behind a city or an island there). Cities that are subdivisions too (Berlin, Baghdad) stay cities: their
 * people are counted by their country, as before. The extractor's offline lexicon (src/extract/fileLexicon.ts) reads
 * SUBDIVISIONS from here.
 */
export interface Subdivision {
  /** ISO 3166-2 code: RU-CE. */
  code: string;
  name: string;
  /** The country it is within (ISO 3166-1 alpha-2). */
  within: string;
  aliases: string[];
  demonyms: string[];
}

export const SUBDIVISIONS: Subdivision[] = PLACES_WITHIN.filter((p) => p.kind === 'subdivision' && p.code !== null).map((p) => ({
  code: p.code!,
  name: p.name,
  within: p.country,
  aliases: p.aliases,
  demonyms: p.demonyms,
}));

const KINDS_BEFORE = `'country', 'region', 'grouping', 'world'`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE countries DROP CONSTRAINT countries_kind_check');
  await knex.raw(`ALTER TABLE countries ADD CONSTRAINT countries_kind_check CHECK (kind IN (${KINDS_BEFORE}, 'subdivision'))`);
  await knex.schema.alterTable('countries', (t) => {
    t.text('within')
      .references('code')
      .inTable('countries')
      .comment('For a subdivision, the country it is within (ISO 3166-1 alpha-2); null for every other kind. Its figures are never counted as that country’s.');
  });
  await knex.raw(`ALTER TABLE countries ADD CONSTRAINT countries_within_check CHECK ((kind = 'subdivision') = (within IS NOT NULL))`);
  await knex.raw(
    "COMMENT ON TABLE countries IS 'Whose nationals or people a figure counts: ISO 3166-1 alpha-2 countries, their ISO 3166-2 first-level subdivisions, UN M49 regions and political groupings.'",
  );
  await knex.raw(
    "COMMENT ON COLUMN countries.code IS 'ISO 3166-1 alpha-2 code for a country, ISO 3166-2 code for a subdivision (RU-CE), UN M49 numeric code for a region, short code for a grouping (EU, CIS).'",
  );
  await knex.raw("COMMENT ON COLUMN countries.kind IS 'country | subdivision | region | grouping | world'");
  await knex('countries')
    .insert(SUBDIVISIONS.map((s) => ({ ...s, kind: 'subdivision', m49: null, members: [], note: null })))
    .onConflict('code')
    .ignore();
}

export async function down(knex: Knex): Promise<void> {
  // A claim or an actor of a subdivision would lose whose people it counts: the editor decides what it becomes.
  const used: { code: string; claims: number; actors: number }[] = (
    await knex.raw(`SELECT co.code,
        (SELECT count(*) FROM claims c WHERE c.country = co.code)::int AS claims,
        (SELECT count(*) FROM actors a WHERE a.country = co.code)::int AS actors
      FROM countries co WHERE co.kind = 'subdivision'`)
  ).rows.filter((r: { claims: number; actors: number }) => r.claims > 0 || r.actors > 0);
  if (used.length > 0)
    throw new Error(
      `Cannot undo 20261210010000_subdivisions: claims or actors still count a subdivision (${used
        .map((u) => `${u.code}: ${u.claims} claims, ${u.actors} actors`)
        .join('; ')}). Give them another country first.`,
    );
  await knex('countries').where({ kind: 'subdivision' }).del();
  await knex.raw('ALTER TABLE countries DROP CONSTRAINT countries_within_check');
  await knex.schema.alterTable('countries', (t) => t.dropColumn('within'));
  await knex.raw('ALTER TABLE countries DROP CONSTRAINT countries_kind_check');
  await knex.raw(`ALTER TABLE countries ADD CONSTRAINT countries_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
  await knex.raw(
    "COMMENT ON TABLE countries IS 'Whose nationals a figure counts: ISO 3166-1 alpha-2 countries, UN M49 regions and political groupings.'",
  );
  await knex.raw(
    "COMMENT ON COLUMN countries.code IS 'ISO 3166-1 alpha-2 code for a country, UN M49 numeric code for a region, short code for a grouping (EU, CIS).'",
  );
  await knex.raw("COMMENT ON COLUMN countries.kind IS 'country | region | grouping | world'");
}
