import type { Knex } from 'knex';

/*
 * "The actor named so, else a new one" (ActorService.namedOrCreated: the workspace's new claimant or publisher) must
 * not create one name twice when two editors send it at once: the second waits for the first's transaction, then finds
 * its actor. The wait was an advisory lock per name, an entry of PostgreSQL's shared lock table held to the COMMIT, so
 * "accept all high-confidence" held one per new claimant's name (2,000 names: 32.6 % of the default table; ~6,300
 * would fill it, the pass failing whole and other sessions with it). A row lock lives in the row, not in that table:
 * the wait is now the lock of this table's row for the name, however many names one transaction creates.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('actor_name_locks', (t) => {
    t.comment(
      'One row per actor name that the workspace has created an actor for or looked up to create one (ActorService.namedOrCreated): its row lock, held to the COMMIT, makes a second creator of the name wait, then find the actor the first created.',
    );
    t.integer('name_hash')
      .primary()
      .comment('hashtext(lower(btrim(name))): the name as actors are matched (case and surrounding blanks aside); two names sharing a hash only wait for each other.');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('actor_name_locks');
}
