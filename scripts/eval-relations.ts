/**
 * npx tsx scripts/eval-relations.ts [--except ho39,ho40] [--sets practice,own,ho1]
 * Relations (part_of, supersedes, contradicts), which score.py does not score, on the annotated corpora: aggregate numbers only (no
 * passage, no figure). Over the true positives: the gold relations whose target figure was also found ("gold"), how
 * many of them the candidate carries to a candidate on the target's cluster ("right"), and the candidate's relations of
 * those types that point at no gold target of their type ("wrong"). One row a set and a total.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Candidate } from '../src/extract/candidate';
import { evaluate, type GoldClaim } from '../src/extract/score';

const ROOT = path.join(__dirname, '..');
const FIX = path.join(ROOT, 'tests', 'fixtures');
const corpora: [string, string][] = [
  ['practice', path.join(ROOT, '..', 'shared', 'extraction', 'corpus.json')],
  ['own', path.join(FIX, 'extract', 'heldout.json')],
];
for (const [n, dir] of fs
  .readdirSync(FIX)
  .map((d) => /^extract-heldout(\d*)$/.exec(d))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => [Number(m[1] || 1), m[0]] as const)
  .sort((a, b) => a[0] - b[0]))
  corpora.push([`ho${n}`, path.join(FIX, dir, 'corpus.json')]);

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? new Set((process.argv[at + 1] ?? '').split(',')) : null;
};
const except = arg('--except') ?? new Set<string>();
const only = arg('--sets');
const TYPES = ['part_of', 'supersedes', 'contradicts'] as const;
const total = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, right: 0, wrong: 0 }]));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

console.log(['set', ...TYPES.flatMap((t) => [`${t} gold`, 'right', 'wrong'])].join('\t'));
for (const [name, file] of corpora) {
  if (except.has(name) || (only && !only.has(name)) || !fs.existsSync(file)) continue;
  const corpus = JSON.parse(fs.readFileSync(file, 'utf8'));
  const { matches, candidates } = evaluate(corpus);
  const row = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, right: 0, wrong: 0 }]));
  for (const m of matches) {
    const passage = corpus.passages.find((p: { id: string }) => p.id === m.passage);
    const claims = passage.claims as GoldClaim[];
    const cands: Candidate[] = candidates[m.passage];
    const cand = cands[m.index];
    const clusterOf = (id: string) => claims.find((g) => g.id === id)?.cluster;
    const onCluster = (c: Candidate, cluster: string | undefined) =>
      cluster !== undefined && claims.some((g) => g.cluster === cluster && overlaps(c, g));
    const goldRels = ((m.gold.relations as { type: string; target: string }[] | undefined) ?? []).filter((r) =>
      (TYPES as readonly string[]).includes(r.type),
    );
    for (const t of TYPES) {
      const targets = goldRels.filter((r) => r.type === t).map((r) => clusterOf(r.target));
      for (const cluster of targets) {
        if (!cands.some((c) => onCluster(c, cluster))) continue; // the target itself was not found
        row[t].gold++;
        const hit = cand.relations.some(
          (r) =>
            r.type === t &&
            onCluster(
              cands.find((c) => c.id === r.target)!,
              cluster,
            ),
        );
        if (hit) row[t].right++;
      }
      for (const r of cand.relations) {
        if (r.type !== t) continue;
        const target = cands.find((c) => c.id === r.target);
        if (!target || !targets.some((cluster) => onCluster(target, cluster))) row[t].wrong++;
      }
    }
  }
  for (const t of TYPES) for (const k of ['gold', 'right', 'wrong'] as const) total[t][k] += row[t][k];
  console.log([name, ...TYPES.flatMap((t) => [row[t].gold, row[t].right, row[t].wrong])].join('\t'));
}
console.log(['total', ...TYPES.flatMap((t) => [total[t].gold, total[t].right, total[t].wrong])].join('\t'));
