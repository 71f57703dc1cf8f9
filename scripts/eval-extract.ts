/**
 * npm run eval:extract [-- corpus.json] [--out predictions.json] [--details]
 * Runs the extractor over every passage of a corpus (default ../shared/extraction/corpus.json, from the repository
 * root), writes the predictions in score.py's format and prints precision, recall and field accuracy as score.py
 * computes them (src/extract/score.ts is a faithful port), then one line of its own: location, which score.py does not
 * score, right on how many of the same matched figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { evaluate, formatDetails, locationScore } from '../src/extract/score';

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const details = args.includes('--details');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : path.join(ROOT, '.data', 'extract-predictions.json');
const corpusPath =
  args.find((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1)) ??
  path.join(ROOT, '..', 'shared', 'extraction', 'corpus.json');

if (!fs.existsSync(corpusPath)) {
  console.error(`No corpus at ${corpusPath}: pass one (npm run eval:extract -- corpus.json).`);
  process.exit(2);
}
const corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));
const result = evaluate(corpus);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(result.predictions, null, 1));
console.log(JSON.stringify(result.score, null, 1));
// beside score.py's numbers, which it leaves as they are: location over the same true positives
const place = locationScore(result.matches);
console.log(`location (not scored by score.py): ${place.right} of ${place.matched} matched right`);
if (details) console.log(formatDetails(corpus, result));
console.error(`predictions written to ${out} (check: python3 score.py ${out})`);
