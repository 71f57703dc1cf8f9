import { createTestApp, type TestApp } from '../support/app';
import { documentUnderReview, reportsArticle, signIn } from './support';

/*
 * "Accept all high-confidence" is one transaction; every new claimant's name it creates is held to its COMMIT. That hold
 * was an advisory lock per name, and PostgreSQL's shared lock table holds max_locks_per_transaction × (max_connections +
 * max_prepared_transactions) entries: a pass whose locks outgrew it would fail ("out of shared memory"), and crowd out
 * every other session meanwhile (2,000 names held 2,086 entries). It is now a row lock of actor_name_locks, which takes
 * no entry: the pass's entries do not grow with its names. Counted here, not estimated: a trigger records the pass's own
 * entries of pg_locks as each of its claims is inserted (row locks live in the rows, not in the table, and are not
 * counted by PostgreSQL).
 * A measurement of minutes (500 candidates took 207 s under the shared test load): run with ACCEPT_HIGH_LOCKS=1.
 */
jest.setTimeout(1_800_000);
const measure = process.env.ACCEPT_HIGH_LOCKS === '1' ? describe : describe.skip;

measure('the locks of accept all high-confidence', () => {
  let t: TestApp;
  let editor: Awaited<ReturnType<typeof signIn>>;
  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    editor = await signIn(t.app, t.keys.editor);
    await t.db.raw(`CREATE TABLE pass_locks (claim_id bigint, advisory int, other int)`);
    await t.db.raw(`
    CREATE FUNCTION count_pass_locks() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO pass_locks SELECT NEW.id, count(*) FILTER (WHERE locktype = 'advisory'), count(*) FILTER (WHERE locktype <> 'advisory')
        FROM pg_locks WHERE pid = pg_backend_pid();
      RETURN NEW;
    END $$`);
    await t.db.raw(`CREATE TRIGGER count_pass_locks AFTER INSERT ON claims FOR EACH ROW EXECUTE FUNCTION count_pass_locks()`);
  });
  afterAll(() => t.drop());

  /** The lock table's size in entries, as PostgreSQL sizes it. */
  async function lockTableSize(): Promise<number> {
    const { rows } = await t.db.raw(
      `SELECT current_setting('max_locks_per_transaction')::int * (current_setting('max_connections')::int + current_setting('max_prepared_transactions')::int) AS n`,
    );
    return Number(rows[0].n);
  }

  test.each([500, 2000])('accept all high-confidence of %i candidates naming new claimants: its locks, counted', async (count) => {
    const { text, candidates } = reportsArticle(count, 200_000 + count * 10, (i) => `Counted agency ${count}-${i}`);
    candidates.forEach((c) => (c.confidence = 0.9));
    const id = await documentUnderReview(
      t,
      editor,
      { title: `Locks of ${count}`, kind: 'report', language: 'en', text, separate: 'yes' },
      candidates,
    );
    await t.db('pass_locks').delete();
    const started = Date.now();
    const res = await editor.post(`/workspace/documents/${id}/accept-high`, { form_id: `lock-count-accept-high-${count}`, editing: '' });
    const took = Date.now() - started;
    expect(res.status).toBe(303);
    const { rows } = await t.db.raw(
      `SELECT count(*)::int AS claims, max(advisory)::int AS advisory, max(other)::int AS other FROM pass_locks`,
    );
    const table = await lockTableSize();
    console.log(JSON.stringify({ count, took, ...rows[0], table, share: (rows[0].advisory + rows[0].other) / table }));
    expect(rows[0].claims).toBe(count);
    // No advisory lock, and a few dozen locks of tables and indexes whatever the count.
    expect(rows[0].advisory).toBe(0);
    expect(rows[0].other).toBeLessThan(200);
  });
});
