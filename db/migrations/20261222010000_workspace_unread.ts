import type { Knex } from 'knex';

/*
 * The sentences the extractor did not read (past its bounds on its work, READ_BOUNDS: `unread` of POST /v1/extract)
 * are kept with the candidates they were left out of, so the review can say which and why with the list it shows: a
 * review is proposed once per text and kept, and the bounds may change between two proposals. Null: proposed before
 * they were kept (the review then says nothing of them; "Propose again" records them).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('workspace_extractions', (t) => {
    t.jsonb('unread').comment(
      'Sentences the extractor did not read, past its bounds on its work: [{start, end, reason}] (offsets into the text, UTF-16); null when proposed before they were kept.',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('workspace_extractions', (t) => {
    t.dropColumn('unread');
  });
}
