import type { Knex } from 'knex';

/** The comparison views look for part_of links among thousands of figures: there are few such links, and this finds them without reading the others. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE INDEX claim_relations_part_of_idx ON claim_relations (claim_id, related_claim_id) WHERE type = 'part_of'`);
  await knex.raw(`COMMENT ON INDEX claim_relations_part_of_idx IS 'part_of links only: the warnings of /v1/compare/*.'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX claim_relations_part_of_idx');
}
