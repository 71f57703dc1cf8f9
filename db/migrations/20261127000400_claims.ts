import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('claims', (t) => {
    t.comment("One figure: somebody’s statement of how many, of whom, when. Never deleted: retraction is a status.");
    t.bigIncrements('id').comment('Claim id.');
    t.text('key').unique().comment('Optional external key chosen by an importer; unique.');
    t.text('metric').notNullable().references('code').inTable('metrics').comment('What is counted (metrics.code).');
    t.text('country').notNullable().references('code').inTable('countries').comment('Whose nationals are counted: country, region or grouping code.');
    t.text('group_slug').references('slug').inTable('groups').comment('The group the figure is about (groups.slug), if any.');
    t.specificType('location', 'text[]').notNullable().defaultTo('{}').comment('Theatre: ISO codes of where they are (SY, IQ).');
    t.decimal('value', null).comment('Best estimate; null for vague figures.');
    t.decimal('value_low', null).comment('Lower bound, when given or implied.');
    t.decimal('value_high', null).comment('Upper bound, when given or implied.');
    t.text('approximation').notNullable().comment('exact | approximately | more_than | at_least | less_than | at_most | range | vague');
    t.text('value_text').notNullable().comment('The figure in the words as written: "over 300".');
    t.date('as_of').comment('When the figure holds (first day of its precision); null when unknown.');
    t.text('as_of_precision').comment('year | month | day; null when unknown.');
    t.date('stated_on').comment('When the claimant stated it (first day of its precision); null when unknown.');
    t.text('stated_precision').comment('year | month | day; null when unknown.');
    t.bigInteger('claimant_id').notNullable().references('id').inTable('actors').comment('Who asserts the figure.');
    t.text('context').comment('Where or how it was said: "CIS security chiefs’ council, Astana".');
    t.text('rank').notNullable().defaultTo('normal').comment('preferred | normal | deprecated');
    t.text('status').notNullable().defaultTo('active').comment('active | superseded | retracted');
    t.text('retraction_reason').comment('Why the claim was retracted.');
    t.smallint('credibility').comment("Editor’s credibility grade 1–6 (Admiralty code).");
    t.text('notes').comment('Editor notes.');
    t.integer('version').notNullable().defaultTo(1).comment('Incremented on every change; drives ETags.');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the claim was recorded.');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the claim last changed.');
  });
  await knex.raw(`
    ALTER TABLE claims
      ADD CONSTRAINT claims_approximation_check CHECK (approximation IN ('exact', 'approximately', 'more_than', 'at_least', 'less_than', 'at_most', 'range', 'vague')),
      ADD CONSTRAINT claims_value_required CHECK (value IS NOT NULL OR approximation IN ('vague', 'range')),
      ADD CONSTRAINT claims_range_bounds CHECK (approximation <> 'range' OR (value_low IS NOT NULL AND value_high IS NOT NULL)),
      ADD CONSTRAINT claims_bounds_order CHECK (value_low IS NULL OR value_high IS NULL OR value_low <= value_high),
      ADD CONSTRAINT claims_value_within_bounds CHECK (value IS NULL OR ((value_low IS NULL OR value >= value_low) AND (value_high IS NULL OR value <= value_high))),
      ADD CONSTRAINT claims_as_of_precision CHECK ((as_of IS NULL AND as_of_precision IS NULL) OR as_of_precision IN ('year', 'month', 'day')),
      ADD CONSTRAINT claims_stated_precision CHECK ((stated_on IS NULL AND stated_precision IS NULL) OR stated_precision IN ('year', 'month', 'day')),
      ADD CONSTRAINT claims_rank_check CHECK (rank IN ('preferred', 'normal', 'deprecated')),
      ADD CONSTRAINT claims_status_check CHECK (status IN ('active', 'superseded', 'retracted')),
      ADD CONSTRAINT claims_retraction_reason CHECK (status <> 'retracted' OR retraction_reason IS NOT NULL),
      ADD CONSTRAINT claims_credibility_check CHECK (credibility BETWEEN 1 AND 6)
  `);
  await knex.raw('CREATE INDEX claims_country_metric_idx ON claims (country, metric, as_of, id)');
  await knex.raw('CREATE INDEX claims_metric_idx ON claims (metric, id)');
  await knex.raw('CREATE INDEX claims_claimant_idx ON claims (claimant_id, id)');
  await knex.raw('CREATE INDEX claims_group_idx ON claims (group_slug, id)');

  await knex.schema.createTable('claim_sources', (t) => {
    t.comment('Provenance: a document that reports a claim, with the exact quote (W3C TextQuoteSelector / TextPositionSelector).');
    t.bigIncrements('id').comment('Source id.');
    t.bigInteger('claim_id').notNullable().references('id').inTable('claims').comment('The claim.');
    t.bigInteger('document_id').notNullable().references('id').inTable('documents').comment('The reporting document.');
    t.text('quote').notNullable().comment('The exact words of the document that state the figure.');
    t.text('prefix').comment('Text just before the quote in the stored document text.');
    t.text('suffix').comment('Text just after the quote in the stored document text.');
    t.integer('start_offset').comment('Offset of the quote in the stored text, in UTF-16 code units.');
    t.integer('end_offset').comment('Offset just past the quote in the stored text.');
    t.integer('position').notNullable().defaultTo(0).comment('Order of the sources as given.');
    t.unique(['claim_id', 'document_id', 'quote']);
  });
  await knex.raw(`ALTER TABLE claim_sources ADD CONSTRAINT claim_sources_quote_check CHECK (length(quote) > 0)`);
  await knex.raw('CREATE INDEX claim_sources_document_idx ON claim_sources (document_id, claim_id)');

  await knex.schema.createTable('claim_relations', (t) => {
    t.comment('Typed links between claims, each with who asserts it: the 1,500 supersedes the 1,100.');
    t.bigIncrements('id').comment('Relation id.');
    t.bigInteger('claim_id').notNullable().references('id').inTable('claims').comment('The subject claim (the one that supersedes, is part of, derives from…).');
    t.text('type').notNullable().comment('supersedes | part_of | derived_from | contradicts | corroborates');
    t.bigInteger('related_claim_id').notNullable().references('id').inTable('claims').comment('The object claim.');
    t.bigInteger('asserted_by').notNullable().references('id').inTable('actors').comment('Who asserts the relation.');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When it was recorded.');
    t.unique(['claim_id', 'type', 'related_claim_id']);
  });
  await knex.raw(`
    ALTER TABLE claim_relations
      ADD CONSTRAINT claim_relations_type_check CHECK (type IN ('supersedes', 'part_of', 'derived_from', 'contradicts', 'corroborates')),
      ADD CONSTRAINT claim_relations_not_self CHECK (claim_id <> related_claim_id)
  `);
  await knex.raw('CREATE INDEX claim_relations_related_idx ON claim_relations (related_claim_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('claim_relations');
  await knex.schema.dropTable('claim_sources');
  await knex.schema.dropTable('claims');
}
