/**
 * npm run eval:extract:all [-- --json out.json] [--except ho18,ho19]
 * Scores the extractor on every annotated corpus in one table, aggregate numbers only (no passage, no figure): the
 * practice corpus, the repository's own held-out passages and every tests/fixtures/extract-heldout* set present.
 * Each row: precision, recall (clusters found / clusters), false positives, and for each field its accuracy with
 * the number of wrong figures, so that a rule's gain or loss can be read in figures; the last column, location, is not
 * score.py's (it does not score it): its accuracy over the same true positives, a list equal to a list as a set.
 * --except leaves out the named sets (a blind set kept for the lead's one scoring at the end of a round).
 */
import fs from 'node:fs';
import path from 'node:path';
import { evaluate, locationScore } from '../src/extract/score';

const ROOT = path.join(__dirname, '..');
const FIX = path.join(ROOT, 'tests', 'fixtures');
const corpora: [string, string][] = [
  ['practice', path.join(ROOT, '..', 'shared', 'extraction', 'corpus.json')],
  ['own', path.join(FIX, 'extract', 'heldout.json')],
];
const sets = fs
  .readdirSync(FIX)
  .map((d) => /^extract-heldout(\d*)$/.exec(d))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => [Number(m[1] || 1), m[0]] as const)
  .sort((a, b) => a[0] - b[0]);
for (const [n, dir] of sets) corpora.push([`ho${n}`, path.join(FIX, dir, 'corpus.json')]);

const exceptAt = process.argv.indexOf('--except');
const except = new Set(exceptAt >= 0 ? (process.argv[exceptAt + 1] ?? '').split(',') : []);

const FIELDS = ['value', 'approximation', 'metric', 'country', 'group', 'claimant', 'as_of'] as const;
const rows: Record<string, Record<string, number | string>> = {};
console.log(['set', 'P', 'R', 'found', 'FP', ...FIELDS.map((f) => f.slice(0, 7)), 'locat'].join('\t'));
for (const [name, file] of corpora) {
  if (except.has(name) || !fs.existsSync(file)) continue;
  const { score, matches } = evaluate(JSON.parse(fs.readFileSync(file, 'utf8')));
  const tp = score.true_positives;
  const row: Record<string, number | string> = {
    P: score.precision,
    R: score.recall,
    found: `${score.clusters_found}/${score.clusters}`,
    FP: score.false_positives,
  };
  const cells = [name, score.precision, score.recall, row.found, row.FP];
  for (const f of FIELDS) {
    const acc = score.field_accuracy[f];
    row[f] = acc ?? '';
    // wrong figures, from the accuracy over the true positives (every candidate carries every field)
    cells.push(acc === null ? '-' : `${acc}(${Math.round(tp * (1 - acc))})`);
  }
  // location, which score.py does not score: accuracy over the same true positives, with the wrong figures
  const place = locationScore(matches);
  const placed = place.matched ? Math.round((place.right / place.matched) * 1000) / 1000 : null;
  row.location = placed ?? '';
  cells.push(placed === null ? '-' : `${placed}(${place.matched - place.right})`);
  rows[name] = row;
  console.log(cells.join('\t'));
}
const jsonAt = process.argv.indexOf('--json');
if (jsonAt >= 0) fs.writeFileSync(process.argv[jsonAt + 1], JSON.stringify(rows, null, 1));
