import { Client } from 'pg';
import { dropDatabase } from '../../src/db/dropDatabase';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  const { adminUrl, template, seeded } = g.__TEST_TEMPLATE__ as { adminUrl: string; template: string; seeded: string };
  const embedded = g.__EMBEDDED_PG__ as { stop: () => Promise<void>; forgetSignals: () => void } | undefined;
  if (embedded) {
    embedded.forgetSignals();
    await embedded.stop(); // and removes its folder
    return;
  }
  // On an external server, drop what this run made.
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = ANY($2)`, [
    `${template}_t%`,
    [template, seeded],
  ]);
  for (const { datname } of rows) await dropDatabase(admin, datname);
  await admin.end();
}
