// Refreshes tests/support/durations.json, the test files' durations that jest's sequencer (tests/support/sequencer.js)
// reads to start the slowest first, from a whole run's report:
//   npx jest --json --outputFile=/tmp/jest.json; node scripts/test-durations.mjs /tmp/jest.json
// Whole seconds: only the order matters, and a rounded table changes less from run to run. A file the report does not
// hold keeps its duration while it exists; a file that no longer exists is dropped.
import fs from 'node:fs';
import path from 'node:path';

const [report] = process.argv.slice(2);
if (!report) {
  process.stderr.write('usage: node scripts/test-durations.mjs <jest --json report>\n');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const table = path.join(root, 'tests/support/durations.json');
const durations = JSON.parse(fs.readFileSync(table, 'utf8'));
for (const file of Object.keys(durations)) if (!fs.existsSync(path.join(root, file))) delete durations[file];
for (const result of JSON.parse(fs.readFileSync(report, 'utf8')).testResults) {
  const file = path.relative(root, result.name).split(path.sep).join('/');
  durations[file] = Math.max(1, Math.round((result.endTime - result.startTime) / 1000));
}
const sorted = Object.fromEntries(Object.entries(durations).sort(([a], [b]) => (a < b ? -1 : 1)));
fs.writeFileSync(table, `${JSON.stringify(sorted, null, 2)}\n`);
process.stdout.write(`${path.relative(root, table)}: ${Object.keys(sorted).length} files\n`);
