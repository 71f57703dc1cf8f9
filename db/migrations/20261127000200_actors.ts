import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('actors', (t) => {
    t.comment('People and organizations: claimants, publishers, authors, asserters of relations.');
    t.bigIncrements('id').comment('Actor id.');
    t.text('kind').notNullable().comment('person | government_agency | media_outlet | ngo | research_institute | armed_group | other');
    t.text('name').notNullable().comment('Name as usually written in English.');
    t.text('country').references('code').inTable('countries').comment('Country the actor belongs to (ISO 3166-1 alpha-2), if known.');
    t.specificType('aliases', 'text[]').notNullable().defaultTo('{}').comment('Other names, abbreviations and transliterations.');
    t.text('reliability').comment('Source reliability grade A–F (NATO Admiralty code), when graded.');
    t.text('notes').comment('Editor notes.');
    t.integer('version').notNullable().defaultTo(1).comment('Incremented on every change; drives ETags.');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the actor was recorded.');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the actor last changed.');
  });
  await knex.raw(`ALTER TABLE actors ADD CONSTRAINT actors_kind_check CHECK (kind IN ('person', 'government_agency', 'media_outlet', 'ngo', 'research_institute', 'armed_group', 'other'))`);
  await knex.raw(`ALTER TABLE actors ADD CONSTRAINT actors_reliability_check CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'))`);
  await knex.raw('CREATE INDEX actors_name_lower_idx ON actors (lower(name))');

  await knex.schema.createTable('actor_affiliations', (t) => {
    t.comment("A person’s role in an organization over time: Abykaev, chairman, KNB.");
    t.bigIncrements('id').comment('Affiliation id.');
    t.bigInteger('person_id').notNullable().references('id').inTable('actors').onDelete('CASCADE').comment('The person.');
    t.bigInteger('organization_id').notNullable().references('id').inTable('actors').comment('The organization.');
    t.text('role').notNullable().comment('Role or title: chairman, director, spokesperson.');
    t.date('from_date').comment('Start of the role (first day of its precision).');
    t.text('from_precision').comment('year | month | day');
    t.date('to_date').comment('End of the role (first day of its precision); null while current or unknown.');
    t.text('to_precision').comment('year | month | day');
    t.integer('position').notNullable().defaultTo(0).comment('Order as given by the editor.');
  });
  await knex.raw('CREATE INDEX actor_affiliations_person_idx ON actor_affiliations (person_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('actor_affiliations');
  await knex.schema.dropTable('actors');
}
