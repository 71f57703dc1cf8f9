/**
 * npm run eval:extract:classes [-- corpus.json …] [--sum] [--only field,field]
 * Runs the extractor over one or more annotated corpora (default ../shared/extraction/corpus.json) and prints, per
 * corpus, the scores and the aggregate error classes of every field (src/extract/errorClasses.ts): counts of kinds
 * only, never a passage's words, so it may be run on held-out corpora to choose which general rule to build next.
 * --sum prints one table over all the corpora given (the tallies added up) instead of one per corpus; --only keeps the
 * named tallies (country, wrong_country_by_rule, precision_false_positives…).
 */
import fs from 'node:fs';
import path from 'node:path';
import { addClasses, errorClasses, formatClasses, type ErrorClasses } from '../src/extract/errorClasses';
import { evaluate } from '../src/extract/score';

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null;
const paths = args.filter((a, i) => !a.startsWith('--') && !(onlyAt >= 0 && i === onlyAt + 1));
if (!paths.length) paths.push(path.join(ROOT, '..', 'shared', 'extraction', 'corpus.json'));
const sum = args.includes('--sum');
const kept = (c: ErrorClasses): ErrorClasses => (only ? Object.fromEntries(Object.entries(c).filter(([k]) => only.has(k))) : c);
let total: ErrorClasses = {};
for (const corpusPath of paths) {
  if (!fs.existsSync(corpusPath)) {
    console.error(`No corpus at ${corpusPath}.`);
    process.exit(2);
  }
  const corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));
  const result = evaluate(corpus);
  const s = result.score;
  console.log(`\n=== ${path.relative(process.cwd(), corpusPath)}: P ${s.precision} R ${s.recall}, distractors hit ${s.distractors_hit}`);
  console.log(
    `    ${Object.entries(s.field_accuracy)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  const classes = errorClasses(corpus, result);
  if (sum) total = addClasses(total, classes);
  else console.log(formatClasses(kept(classes)));
}
if (sum) {
  console.log(`\n=== the ${paths.length} corpora added up`);
  console.log(formatClasses(kept(total)));
}
