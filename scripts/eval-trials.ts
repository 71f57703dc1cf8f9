/**
 * npx tsx scripts/eval-trials.ts [folder] [--show]
 * Scores the extractor on a folder of articles written for a trial (default tests/fixtures/extract-trials105): each
 * article a .txt file, and expected.json listing, per article, the figures an editor would store and the numbers they
 * would not (its "_format" says how; src/extract/trialScore.ts scores them). Prints, per article, every field that
 * differs from what was expected, the figures missed and the candidates on no figure, then one line of fields right out
 * of the figures matched. --show also prints every candidate.
 */
import path from 'node:path';
import { fileLexicon } from '../src/extract/fileLexicon';
import { toPrediction } from '../src/extract/score';
import { scoreTrials, TRIAL_FIELDS } from '../src/extract/trialScore';

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? path.join(ROOT, 'tests', 'fixtures', 'extract-trials105');
const show = args.includes('--show');
const lexicon = fileLexicon();
const right: Record<string, number> = Object.fromEntries(TRIAL_FIELDS.map((f) => [f, 0]));
let matched = 0;
let figures = 0;
let falsePositives = 0;
let missed = 0;

for (const article of scoreTrials(dir, lexicon)) {
  const lines: string[] = [];
  for (const { figure: f, checks } of article.figures) {
    figures++;
    if (!checks) {
      missed++;
      lines.push(`  MISSED ${JSON.stringify(f.at)}`);
      continue;
    }
    matched++;
    for (const [field, [ok, want, got]] of Object.entries(checks)) {
      if (ok) right[field]++;
      else lines.push(`  ${field.padEnd(13)} ${JSON.stringify(f.at)}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
    }
  }
  for (const { candidate: c, listed } of article.falsePositives) {
    falsePositives++;
    lines.push(
      `  FALSE+ ${JSON.stringify(c.value_text)} (${c.metric}) in ${JSON.stringify(c.quote.exact.slice(0, 90))}${listed ? '' : ' [not listed]'}`,
    );
  }
  console.log(`== ${article.file}${lines.length ? '' : ' (all as expected)'}`);
  for (const l of lines) console.log(l);
  if (show)
    for (const c of article.candidates)
      console.log(
        `    ${c.id} ${JSON.stringify(c.value_text)} ${c.approximation} ${c.metric} ${JSON.stringify(toPrediction(c, lexicon).country)} ` +
          `cl=${c.claimant?.name ?? null} as_of=${c.as_of} rel=${c.relations.map((r) => `${r.type}:${r.target}`).join(',')}`,
      );
}
console.log(
  `\nfigures ${figures}, matched ${matched}, missed ${missed}, false positives ${falsePositives}; right of matched: ` +
    TRIAL_FIELDS.map((f) => `${f} ${right[f]}`).join(', '),
);
