import type { Knex } from 'knex';

/** Keyset pages read (sort key, id) in index order: one index per sort, plus country+metric in recording order. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX claims_country_metric_id_idx ON claims (country, metric, id)');
  await knex.raw(`COMMENT ON INDEX claims_country_metric_id_idx IS 'GET /v1/claims?country=…&metric=… in the default order (id).'`);
  await knex.raw('CREATE INDEX claims_as_of_id_idx ON claims (as_of, id)');
  await knex.raw(`COMMENT ON INDEX claims_as_of_id_idx IS 'sort=as_of and -as_of keyset pages.'`);
  await knex.raw('CREATE INDEX claims_value_id_idx ON claims (value, id)');
  await knex.raw(`COMMENT ON INDEX claims_value_id_idx IS 'sort=value, -value and min_value/max_value.'`);
  await knex.raw('CREATE INDEX claims_created_at_id_idx ON claims (created_at, id)');
  await knex.raw(`COMMENT ON INDEX claims_created_at_id_idx IS 'sort=created_at and -created_at keyset pages.'`);
}

export async function down(knex: Knex): Promise<void> {
  for (const name of ['claims_created_at_id_idx', 'claims_value_id_idx', 'claims_as_of_id_idx', 'claims_country_metric_id_idx']) {
    await knex.raw(`DROP INDEX ${name}`);
  }
}
