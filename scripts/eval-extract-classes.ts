/**
 * npm run eval:extract:classes [-- corpus.json …]
 * Runs the extractor over one or more annotated corpora (default ../shared/extraction/corpus.json) and prints, per
 * corpus, the scores and the aggregate error classes of every field (src/extract/errorClasses.ts): counts of kinds
 * only, never a passage's words, so it may be run on held-out corpora to choose which general rule to build next.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorClasses, formatClasses } from '../src/extract/errorClasses';
import { evaluate } from '../src/extract/score';

const ROOT = path.join(__dirname, '..');
const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!paths.length) paths.push(path.join(ROOT, '..', 'shared', 'extraction', 'corpus.json'));
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
  console.log(formatClasses(errorClasses(corpus, result)));
}
