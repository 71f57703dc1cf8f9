// jest's --filter for the second pass (`npm run test:database`): keeps the test files that can reach the run's
// PostgreSQL, by the rule in databaseSuites.ts. jest requires a filter untransformed, so this loads the rule through tsx.
const path = require('node:path');
const { require: tsxRequire } = require('tsx/cjs/api');
const { databaseSuites } = tsxRequire(path.join(__dirname, 'databaseSuites.ts'), __dirname);

module.exports = async function filter(testPaths) {
  const kept = databaseSuites(testPaths);
  process.stderr.write(`databaseSuites: ${kept.length} of ${testPaths.length} test files can reach the run's PostgreSQL\n`);
  return { filtered: kept.map((test) => ({ test })) };
};
