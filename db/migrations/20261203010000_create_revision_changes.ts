import type { Knex } from 'knex';

/*
 * A create revision no longer stores its `changes`: they are every field of its snapshot, each from null, so the
 * snapshot alone says them (the bulk import wrote ~2.3 KB of JSON per claim, half of it this repetition). New
 * creates store NULL; revision_changes(changes, snapshot) is what every reader serves — the stored changes when
 * there are (updates, retractions, and creates written before this migration, left as they were), else those of
 * the snapshot: its fields but id, version, created_at and updated_at (the ones revisions/store.ts's diff skips),
 * those that are not null, each {"from": null, "to": value}.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION revision_changes(changes jsonb, snapshot jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT COALESCE(changes, (
        SELECT COALESCE(jsonb_object_agg(f.key, jsonb_build_object('from', NULL, 'to', f.value)), '{}'::jsonb)
        FROM jsonb_each(snapshot) f
        WHERE f.key NOT IN ('id', 'version', 'created_at', 'updated_at') AND jsonb_typeof(f.value) <> 'null'))
    $$`);
  await knex.raw(`COMMENT ON FUNCTION revision_changes(jsonb, jsonb) IS 'The changes of a revision as served: those stored, or for a create stored without them (NULL), every non-null field of its snapshot from null'`);
  await knex.raw('ALTER TABLE revisions ALTER COLUMN changes DROP NOT NULL');
  await knex.raw(`ALTER TABLE revisions ADD CONSTRAINT revisions_changes_stored CHECK (changes IS NOT NULL OR action = 'create') NOT VALID`);
  await knex.raw('ALTER TABLE revisions VALIDATE CONSTRAINT revisions_changes_stored');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('UPDATE revisions SET changes = revision_changes(changes, snapshot) WHERE changes IS NULL');
  await knex.raw('ALTER TABLE revisions DROP CONSTRAINT revisions_changes_stored');
  await knex.raw('ALTER TABLE revisions ALTER COLUMN changes SET NOT NULL');
  await knex.raw('DROP FUNCTION revision_changes(jsonb, jsonb)');
}
