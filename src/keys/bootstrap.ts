import fs from 'node:fs';
import path from 'node:path';
import type { KeyStore } from './store';

/**
 * With no ADMIN_API_KEY and no active admin key in the database, a start (the first one) creates an admin key and writes it
 * to a file only the owner can read, so a new user can write without any setup.
 */
export async function ensureAdminKey(keys: KeyStore, options: { adminApiKey?: string; dataDir: string }): Promise<string | null> {
  // Active admin keys, not any key: keys left only to editors and readers (revoked before the last admin key was protected) leave nobody to
  // manage them.
  if (options.adminApiKey || (await keys.activeAdmins()) > 0) return null;
  const { secret } = await keys.create('admin (first start)', 'admin');
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, 'admin-api-key');
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 });
  return file;
}
