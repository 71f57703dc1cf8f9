// jest's --filter for the second pass (`npm run test:database`): keeps the test files that can reach the run's
// PostgreSQL, by the rule in databaseSuites.ts. jest requires a filter untransformed; the rule (TypeScript) runs in a
// process of its own through tsx, so that no loader of tsx's is left in jest's process (one was: jest's globalSetup then
// failed to resolve its imports, "Cannot find module '../../src/db/knex'").
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function filter(testPaths) {
  const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'databaseSuites.ts')], {
    input: JSON.stringify(testPaths),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const kept = JSON.parse(out);
  process.stderr.write(`databaseSuites: ${kept.length} of ${testPaths.length} test files can reach the run's PostgreSQL\n`);
  return { filtered: kept.map((test) => ({ test })) };
};
