import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDataFolder } from '../../src/dataFolder';
import { ensureAdminKey } from '../../src/keys/bootstrap';
import { KeyStore } from '../../src/keys/store';
import { createTestDb, TestDb } from '../support/db';

let t: TestDb;
let dataDir: string;
beforeEach(async () => {
  t = await createTestDb();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-admin-key-'));
});
afterEach(async () => {
  await t.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const keyIn = (file: string) => fs.readFileSync(file, 'utf8').trim();

test('a first start writes its admin key to DATA_DIR/admin-api-key, owner-only; a later start writes nothing', async () => {
  const created = await ensureAdminKey(t.db, { dataDir });
  const file = path.join(dataDir, 'admin-api-key');
  expect(created).toEqual({ file });
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  expect(await new KeyStore(t.db).findActive(keyIn(file))).toEqual({ name: 'admin (first start)', role: 'admin' });

  expect(await ensureAdminKey(t.db, { dataDir })).toBeNull();
  expect(fs.readdirSync(dataDir)).toEqual(['admin-api-key']);
});

test("a key file already in DATA_DIR (another ledger's: the embedded one, before a start with DATABASE_URL) is kept", async () => {
  const file = path.join(dataDir, 'admin-api-key');
  fs.writeFileSync(file, 'cl_the_embedded_ledgers_only_admin_key\n', { mode: 0o600 });
  const created = await ensureAdminKey(t.db, { dataDir });
  const second = path.join(dataDir, 'admin-api-key-2');
  expect(created).toEqual({ file: second, kept: file });
  expect(keyIn(file)).toBe('cl_the_embedded_ledgers_only_admin_key');
  expect(fs.statSync(second).mode & 0o777).toBe(0o600);
  expect(await new KeyStore(t.db).findActive(keyIn(second))).toEqual({ name: 'admin (first start)', role: 'admin' });
});

test('a data folder that cannot be written fails the start naming DATA_DIR, and leaves no admin key nobody holds', async () => {
  // A path through a regular file cannot be created, even by root (for whom permission bits are no obstacle).
  const blocker = path.join(dataDir, 'a-file');
  fs.writeFileSync(blocker, '');
  const unwritable = path.join(blocker, 'data');
  await expect(ensureAdminKey(t.db, { dataDir: unwritable })).rejects.toThrow(
    `the data folder ${unwritable} (DATA_DIR) cannot be created: a part of its path is a file, not a folder`,
  );
  expect(await new KeyStore(t.db).activeAdmins()).toBe(0);
  // So the next start, with a folder it can write, creates the key.
  expect(await ensureAdminKey(t.db, { dataDir })).toEqual({ file: path.join(dataDir, 'admin-api-key') });
  expect(await new KeyStore(t.db).activeAdmins()).toBe(1);
});

test('ensureDataFolder creates a missing folder and says why one cannot be', () => {
  const deep = path.join(dataDir, 'a', 'b');
  ensureDataFolder(deep);
  expect(fs.statSync(deep).isDirectory()).toBe(true);
  const blocker = path.join(dataDir, 'a-file');
  fs.writeFileSync(blocker, '');
  expect(() => ensureDataFolder(blocker)).toThrow(`the data folder ${blocker} (DATA_DIR) cannot be written: `);
});
