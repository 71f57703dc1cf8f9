/**
 * Loads an unzipped data package (GET /v1/export/datapackage) into the empty database of DATABASE_URL:
 *   DATABASE_URL=postgres://… npx tsx scripts/load-datapackage.ts path/to/unzipped-package
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createDb, migrate } from '../src/db/knex';
import { loadDataPackage } from '../src/export/loadDataPackage';

async function main(): Promise<void> {
  const dir = process.argv[2];
  const { databaseUrl } = loadConfig();
  if (!dir || !databaseUrl)
    throw new Error('usage: DATABASE_URL=postgres://… npx tsx scripts/load-datapackage.ts <unzipped package folder>');
  const db = createDb(databaseUrl);
  try {
    await migrate(db);
    const counts = await loadDataPackage(db, (file) => fs.readFileSync(path.join(dir, file), 'utf8'));
    console.log('loaded', counts);
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
