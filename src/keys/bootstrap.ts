import fs from 'node:fs';
import path from 'node:path';
import { DataFolderError, ensureDataFolder } from '../dataFolder';
import type { Db } from '../db/knex';
import { holdLock } from '../db/locks';
import { KeyStore } from './store';

/** The file in DATA_DIR a first start writes its admin key to. */
export const ADMIN_KEY_FILE = 'admin-api-key';

export interface CreatedAdminKey {
  /** Where the new key is. */
  file: string;
  /** DATA_DIR/admin-api-key when it was there already, holding no admin key of this database, and was left alone. */
  kept?: string;
}

/**
 * With no ADMIN_API_KEY and no active admin key in the database, a start (the first one) creates an admin key and writes it
 * to a file only the owner can read, so a new user can write without any setup.
 *
 * The key is committed only once its file is written: a data folder that cannot be written fails the start and leaves no
 * admin key that nobody holds (it had, and every later start then created none). A key file already in DATA_DIR is never
 * overwritten: it is another ledger's (the embedded one's, when a start with DATABASE_URL uses the same DATA_DIR; it had
 * been replaced, and that ledger's only admin key lost) or one of a database since removed, so the new key goes beside
 * it, to admin-api-key-2 (-3, …), and the start says where.
 */
export async function ensureAdminKey(db: Db, options: { adminApiKey?: string; dataDir: string }): Promise<CreatedAdminKey | null> {
  if (options.adminApiKey) return null;
  let written: string | undefined;
  try {
    return await db.transaction(async (trx) => {
      // Instances starting together on one database make one key.
      await holdLock(trx, 'first admin key');
      const keys = new KeyStore(trx);
      // Active admin keys, not any key: keys left only to editors and readers (revoked before the last admin key was
      // protected) leave nobody to manage them.
      if ((await keys.activeAdmins()) > 0) return null;
      const { secret } = await keys.create('admin (first start)', 'admin');
      written = writeNewKeyFile(options.dataDir, secret);
      const first = path.join(options.dataDir, ADMIN_KEY_FILE);
      return written === first ? { file: written } : { file: written, kept: first };
    });
  } catch (err) {
    if (written) fs.rmSync(written, { force: true });
    throw err;
  }
}

/** Writes the secret to the first of admin-api-key, admin-api-key-2, … that does not exist yet; returns its path. */
function writeNewKeyFile(dataDir: string, secret: string): string {
  ensureDataFolder(dataDir);
  for (let n = 1; ; n++) {
    const file = path.join(dataDir, n === 1 ? ADMIN_KEY_FILE : `${ADMIN_KEY_FILE}-${n}`);
    try {
      fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
      return file;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new DataFolderError(`cannot write the first admin key to ${file} (DATA_DIR): ${(err as Error).message}`);
    }
  }
}
