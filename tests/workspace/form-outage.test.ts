import { pollUntil } from '../support/disconnect';
import { terminateLedgerBackends } from '../support/faultProxy';
import { loadVocabulariesOnly, signIn } from './support';
import { ledgerThroughProxy } from '../support/ledgerThroughProxy';

/*
 * A workspace form whose post is cut by a database outage changed nothing: once the database is back, the same form
 * (its one-time form id) is saved at once, not held as still pending (a wait of a minute, then a 409, for 10 minutes).
 * The ledger reaches PostgreSQL through a proxy the test stops while the form's insert runs (a trigger makes it slow).
 */
jest.setTimeout(120_000);

const ledger = ledgerThroughProxy({
  prepare: async (t) => {
    await loadVocabulariesOnly(t.db);
    await t.db.raw(`
    CREATE FUNCTION slow_outage_document() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.title = 'Cut by an outage' THEN PERFORM pg_sleep(3); END IF; RETURN NEW; END $$`);
    await t.db.raw(`CREATE TRIGGER slow_outage_document BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION slow_outage_document()`);
  },
});

test('a form cut by a database outage is saved once when sent again after it, at once', async () => {
  const editor = await signIn(ledger.app, ledger.t.keys.editor);
  const formId = /name="form_id" value="([^"]+)"/.exec((await editor.get('/workspace')).text)![1];
  const form = { form_id: formId, title: 'Cut by an outage', text: 'Cut by an outage. Officials said 300 Kazakhs had gone to fight.' };

  const cut = editor.post('/workspace/documents', form);
  // The insert is sleeping in its trigger, as PostgreSQL shows (a sleep of 1 s had assumed it: under load the form
  // could reach its insert after the outage, and the test cut nothing mid-insert).
  const sleepingInsert = () =>
    ledger.t.db
      .raw("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'")
      .then((r: { rows: { n: number }[] }) => r.rows[0].n);
  expect(await pollUntil(sleepingInsert, (n) => n > 0)).toBe(1);
  await terminateLedgerBackends(ledger.t.url);
  await ledger.proxy.stop();
  const refused = await cut;
  expect(refused.status).toBe(503);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await ledger.proxy.start();
  expect(await ledger.t.db('documents').where({ title: 'Cut by an outage' }).first()).toBeUndefined();

  const started = Date.now();
  let again = await editor.post('/workspace/documents', form);
  // The database just came back: the first requests may still meet a connection it cut, and be refused as 503.
  for (let tries = 0; again.status === 503 && tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    again = await editor.post('/workspace/documents', form);
  }
  expect(again.status).toBe(303);
  expect(Date.now() - started).toBeLessThan(20_000);
  const saved = await ledger.t.db('documents').where({ title: 'Cut by an outage' });
  expect(saved).toHaveLength(1);
  expect(again.headers.location).toBe(`/workspace/documents/${saved[0].id}?created=1#outcome`);
  // Sent once more, it is not saved twice: it lands on the same document.
  const thrice = await editor.post('/workspace/documents', form);
  expect({ status: thrice.status, location: thrice.headers.location }).toEqual({ status: 303, location: again.headers.location });
  expect(await ledger.t.db('documents').where({ title: 'Cut by an outage' })).toHaveLength(1);
});
