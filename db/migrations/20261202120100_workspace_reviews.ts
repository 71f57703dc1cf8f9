import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('workspace_extractions', (t) => {
    t.comment('Candidate claims the extractor proposed for a document, kept so editors review a fixed list and relations between candidates resolve to the claims they became.');
    t.bigIncrements('id').comment('Extraction id.');
    t.bigInteger('document_id').notNullable().references('id').inTable('documents').comment('The document read.');
    t.text('text_sha256').notNullable().comment('SHA-256 of the text read: one extraction per document and text; a new text gets a new one.');
    t.jsonb('candidates').notNullable().comment('The candidates as the extractor returned them (src/extract/candidate.ts).');
    t.text('created_by').notNullable().comment('Name of the key of the editor who opened the document.');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the extraction ran.');
  });
  await knex.raw('CREATE UNIQUE INDEX workspace_extractions_document_text_idx ON workspace_extractions (document_id, text_sha256)');
  await knex.schema.createTable('workspace_decisions', (t) => {
    t.comment('The decision of an editor on one candidate of an extraction.');
    t.bigInteger('extraction_id').notNullable().references('id').inTable('workspace_extractions').onDelete('CASCADE').comment('The extraction the candidate belongs to.');
    t.text('candidate_id').notNullable().comment('The candidate id within the extraction (c1, c2, …), or m<n> for a claim started by hand.');
    t.text('decision').notNullable().comment('accepted (became a new claim) | source_added (became a source of an existing claim) | rejected');
    t.bigInteger('claim_id').references('id').inTable('claims').comment('The claim the candidate became, or was added to as a source; null when rejected.');
    t.jsonb('relations').notNullable().defaultTo('[]').comment('Relations to other candidates the editor confirmed: [{type, target, linked}]; linked once both are claims.');
    t.text('decided_by').notNullable().comment('Name of the key of the editor who decided.');
    t.timestamp('decided_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the editor decided.');
    t.primary(['extraction_id', 'candidate_id']);
  });
  await knex.raw(`ALTER TABLE workspace_decisions ADD CONSTRAINT workspace_decisions_decision_check CHECK (decision IN ('accepted', 'source_added', 'rejected'))`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('workspace_decisions');
  await knex.schema.dropTable('workspace_extractions');
}
