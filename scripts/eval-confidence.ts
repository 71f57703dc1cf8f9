/**
 * npx tsx scripts/eval-confidence.ts [--aggregate | --blind] [--by-set] [--fine] [--strengths]
 * How far a candidate's confidence can be trusted: a reliability table. Runs the extractor over the studied sets (the
 * practice corpus, the own set, held-out 1–20 and extract105's trial articles) or, with --aggregate, over held-out
 * 21–40 (numbers only, no passage or figure is printed), or with --blind over the blind held-out 41–44 (the same
 * numbers only: a check of the calibration, never a source of the rates), and buckets every candidate by its confidence. Per bucket: the
 * candidates, the false positives among them (on no annotated figure), and of the candidates matched to a figure, the
 * share whose scored fields are all right — value, approximation, metric, country and claimant: what a claim is (its
 * value and how it is qualified, what it counts, whose nationals, who says so), what "accept all high-confidence"
 * stores without an editor looking; group and as_of are left aside (an editor adds them later without changing the
 * claim, and the annotators' as_of for a figure that holds now is a convention). A candidate on an optional figure or a
 * repeat of one already credited is neither (score.py ignores it). --by-set prints the high bucket of each set; --fine
 * buckets of five points; --strengths, per field and strength of its reading (read back from the candidate's
 * reasons.confidence), the share found right: what confidence.ts's RIGHT is to hold (the claim's share is of the
 * candidates matched or false positives that were matched). Each row's calibration: "mean", the mean confidence of the
 * candidates judged (matched, or on no annotated figure), against "judged✓", the share of them with every field right.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Candidate } from '../src/extract/candidate';
import { type Readings, type Strength, WEAKER } from '../src/extract/confidence';
import { fileLexicon } from '../src/extract/fileLexicon';
import { evaluate, fieldRight, type ScoredField } from '../src/extract/score';
import { scoreTrials } from '../src/extract/trialScore';
import { HIGH_CONFIDENCE, LOW_CONFIDENCE } from '../src/web/workspace/review';

const ROOT = path.join(__dirname, '..');
const FIX = path.join(ROOT, 'tests', 'fixtures');
const args = process.argv.slice(2);
const blind = args.includes('--blind');
const aggregate = blind || args.includes('--aggregate');
const bySet = args.includes('--by-set');
const CHECKED = ['value', 'approximation', 'metric', 'country', 'claimant'] as const satisfies readonly ScoredField[];
type Checked = (typeof CHECKED)[number];

/** One candidate as the table counts it: its confidence, and whether it is a false positive or which fields are wrong. */
interface Scored {
  confidence: number;
  /** reasons.confidence: which fields were read weakly, and how. */
  reason: string;
  falsePositive: boolean;
  matched: boolean;
  wrong: Checked[];
}

const heldout = (n: number) => path.join(FIX, n === 1 ? 'extract-heldout' : `extract-heldout${n}`, 'corpus.json');
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const corpora: [string, string][] = aggregate
  ? (blind ? range(41, 44) : range(21, 40)).map((n): [string, string] => [`ho${n}`, heldout(n)])
  : [
      ['practice', path.join(ROOT, '..', 'shared', 'extraction', 'corpus.json')],
      ['own', path.join(FIX, 'extract', 'heldout.json')],
      ...range(1, 20).map((n): [string, string] => [`ho${n}`, heldout(n)]),
    ];

const lexicon = fileLexicon();
const sets: [string, Scored[]][] = [];
for (const [name, file] of corpora) {
  if (!fs.existsSync(file)) continue;
  const corpus = JSON.parse(fs.readFileSync(file, 'utf8'));
  const result = evaluate(corpus, lexicon);
  const scored: Scored[] = [];
  for (const p of corpus.passages as { id: string; claims: { start: number; end: number }[] }[]) {
    const cands: Candidate[] = result.candidates[p.id];
    cands.forEach((c, index) => {
      const m = result.matches.find((x) => x.passage === p.id && x.index === index);
      const onGold = p.claims.some((g) => c.start < g.end && g.start < c.end);
      scored.push({
        confidence: c.confidence,
        reason: c.reasons.confidence ?? '',
        falsePositive: !onGold,
        matched: !!m,
        wrong: m ? CHECKED.filter((k) => !fieldRight(k, m.prediction, m.gold)) : [],
      });
    });
  }
  sets.push([name, scored]);
}
if (!aggregate) {
  const scored: Scored[] = [];
  for (const article of scoreTrials(path.join(FIX, 'extract-trials105'), lexicon)) {
    for (const { candidate, checks } of article.figures)
      if (candidate && checks)
        scored.push({
          confidence: candidate.confidence,
          reason: candidate.reasons.confidence ?? '',
          falsePositive: false,
          matched: true,
          wrong: CHECKED.filter((k) => !checks[k][0]),
        });
    for (const { candidate } of article.falsePositives)
      scored.push({
        confidence: candidate.confidence,
        reason: candidate.reasons.confidence ?? '',
        falsePositive: true,
        matched: false,
        wrong: [],
      });
    // (a candidate on an optional figure or a headline repeat is neither)
  }
  sets.push(['trials105', scored]);
}

const pct = (n: number, of: number) => (of ? `${Math.round((n / of) * 100)}%` : '-');
/**
 * One row: the candidates, the false positives, the matched and those all right, then the calibration — the mean
 * confidence of the candidates judged (matched or false positives) against the share of them all right, a false
 * positive being no claim at all — and the matched wrong per field.
 */
function row(label: string, xs: Scored[]): string {
  const matched = xs.filter((x) => x.matched);
  const fp = xs.filter((x) => x.falsePositive).length;
  const right = matched.filter((x) => x.wrong.length === 0).length;
  const judged = xs.filter((x) => x.matched || x.falsePositive);
  const mean = judged.length ? `${Math.round((judged.reduce((sum, x) => sum + x.confidence, 0) / judged.length) * 100)}%` : '-';
  const wrong = CHECKED.map((k) => matched.filter((x) => x.wrong.includes(k)).length);
  return [
    label.padEnd(22),
    xs.length,
    fp,
    pct(fp, xs.length),
    matched.length,
    right,
    pct(right, matched.length),
    mean,
    pct(right, judged.length),
    ...wrong,
  ].join('\t');
}
/** Buckets of ten points from 30% (five with --fine), the last from 90%. */
const step = args.includes('--fine') ? 5 : 10;
const BUCKETS: [string, (c: number) => boolean][] = [['< 30%', (c) => c < 0.3]];
for (let from = 30; from < 90; from += step)
  BUCKETS.push([`${from}–${from + step - 1}%`, (c) => Math.round(c * 100) >= from && Math.round(c * 100) < from + step]);
BUCKETS.push(['90% or more', (c) => c >= 0.9]);
const all = sets.flatMap(([, xs]) => xs);
const high = (x: Scored) => x.confidence >= HIGH_CONFIDENCE;
console.log(`${blind ? 'Blind' : aggregate ? 'Aggregate' : 'Studied'} sets: ${sets.map(([n]) => n).join(' ')}`);
console.log(
  [
    'confidence'.padEnd(22),
    'cands',
    'FP',
    'FP%',
    'matched',
    'right',
    'right%',
    'mean',
    'judged✓',
    ...CHECKED.map((k) => `${k.slice(0, 7)}✗`),
  ].join('\t'),
);
for (const [label, inBucket] of BUCKETS)
  console.log(
    row(
      label,
      all.filter((x) => inBucket(x.confidence)),
    ),
  );
console.log(row(`high (${Math.round(HIGH_CONFIDENCE * 100)}%+, accept all)`, all.filter(high)));
console.log(
  row(
    `low (< ${Math.round(LOW_CONFIDENCE * 100)}%)`,
    all.filter((x) => x.confidence < LOW_CONFIDENCE),
  ),
);
console.log(row('all', all));
const fps = all.filter((x) => x.falsePositive);
console.log(
  `false positives at high confidence: ${fps.filter(high).length} of ${fps.length} (${pct(fps.filter(high).length, fps.length)})`,
);
if (bySet) {
  console.log('\nthe high bucket by set');
  for (const [name, xs] of sets) console.log(row(name, xs.filter(high)));
}

if (args.includes('--strengths')) {
  /** A reason's words back to the readings they say (every field not named was explicit). */
  const saying = new Map<string, [keyof Readings, Strength]>();
  for (const field of Object.keys(WEAKER) as (keyof Readings)[])
    for (const [strength, words] of Object.entries(WEAKER[field])) saying.set(words, [field, strength as Strength]);
  const readingsOf = (reason: string): Readings => {
    const r: Readings = { claim: 'explicit', metric: 'explicit', country: 'explicit', claimant: 'explicit' };
    if (reason.startsWith('lowered by '))
      for (const words of reason.slice('lowered by '.length).split('; ')) {
        const said = saying.get(words);
        if (!said) throw new Error(`reasons.confidence names no reading: ${JSON.stringify(words)}`);
        r[said[0]] = said[1];
      }
    return r;
  };
  console.log('\nthe share right per field and strength of its reading (confidence.ts: RIGHT)');
  for (const field of Object.keys(WEAKER) as (keyof Readings)[])
    for (const strength of ['explicit', 'cue', 'carried', 'defaulted', 'guessed'] as Strength[]) {
      const xs = all.filter((x) => readingsOf(x.reason)[field] === strength);
      const judged = field === 'claim' ? xs.filter((x) => x.matched || x.falsePositive) : xs.filter((x) => x.matched);
      const right = field === 'claim' ? judged.filter((x) => x.matched).length : judged.filter((x) => !x.wrong.includes(field)).length;
      if (judged.length)
        console.log([field.padEnd(9), strength.padEnd(10), `${right}/${judged.length}`, (right / judged.length).toFixed(3)].join('\t'));
    }
}
