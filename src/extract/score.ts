/**
 * The accuracy harness: runs the extractor over a corpus of annotated passages and scores the candidates exactly as
 * ../shared/extraction/score.py does (a line-by-line port: same matching, same crediting, same field rules).
 */
import type { Candidate } from './candidate';
import { type ExtractResult, extractCandidates } from './extract';
import { fileLexicon } from './fileLexicon';
import type { Lexicon } from './lexicon';

interface Span {
  start: number;
  end: number;
}
export interface GoldClaim extends Span {
  id: string;
  cluster: string;
  optional: boolean;
  value_text: string;
  approximation: string;
  metric: string | null;
  [k: string]: unknown;
}
export interface Distractor extends Span {
  id: string;
  kind: string;
}
export interface Passage {
  id: string;
  url?: string;
  text: string;
  published?: string | null;
  publisher?: string | null;
  claims: GoldClaim[];
  distractors: Distractor[];
}
export interface Corpus {
  passages: Passage[];
}
export type Prediction = Span & Record<string, unknown>;

const FIELDS = ['value', 'approximation', 'metric', 'country', 'group', 'claimant', 'as_of'] as const;

/** The README's labels for regions whose ledger name differs ("European Union" is "EU" there). */
const README_REGIONS: Record<string, string> = { EU: 'EU', '035': 'South-east Asia' };

/** A candidate in score.py's format: the claimant as the words at the attribution point, or the name when carried. */
export function toPrediction(c: Candidate, lexicon: Lexicon): Prediction {
  const country =
    c.country === null && /^foreign nationals/.test(c.reasons.country ?? '')
      ? 'Other (foreign nationals)'
      : readmePlace(c.country, lexicon);
  return {
    start: c.start,
    end: c.end,
    value: c.value,
    value_low: c.value_low,
    value_high: c.value_high,
    approximation: c.approximation,
    metric: c.metric,
    country,
    group: c.group,
    claimant: c.claimant ? (c.claimant.mention ?? c.claimant.name) : null,
    as_of: c.as_of,
    // not scored by score.py (it reads only its own fields): carried for the location line beside its numbers
    location: readmePlace(c.location, lexicon),
  };
}

/** A place as the README writes it: ISO codes as they are, a region by its README label or the ledger's name. */
function readmePlace(place: string | string[] | null, lexicon: Lexicon): unknown {
  if (typeof place !== 'string' || /^[A-Z]{2}$/.test(place) || /^[A-Z]{2}-/.test(place)) return place;
  return README_REGIONS[place] ?? lexicon.place(place)?.name ?? place;
}

/** Whether a candidate's location is the gold's: null equals null, a list equals a list as a set. */
function sameLocation(got: unknown, gold: unknown): boolean {
  const asSet = (x: unknown) => JSON.stringify(Array.isArray(x) ? [...x].map(String).sort() : (x ?? null));
  return asSet(got) === asSet(gold);
}

/**
 * Location's agreement over score.py's true positives (the same matching and crediting), which score.py does not
 * score: how many matched figures whose gold has a location field carry the gold's location, and the misses for --details.
 */
export function locationScore(matches: Match[]): {
  right: number;
  matched: number;
  misses: { passage: string; text: string; gold: unknown; got: unknown }[];
} {
  // (a corpus annotated before location was, the repository's own held-out passages, has none to compare)
  const annotated = matches.filter((m) => 'location' in m.gold);
  const misses = annotated
    .filter((m) => !sameLocation(m.prediction.location, m.gold.location))
    .map((m) => ({ passage: m.passage, text: m.gold.value_text, gold: m.gold.location ?? null, got: m.prediction.location ?? null }));
  return { right: annotated.length - misses.length, matched: annotated.length, misses };
}

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const norm = (s: unknown) => (typeof s === 'string' ? s : '').toLowerCase().trim();
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface FalsePositive {
  passage: string;
  start: number;
  end: number;
  text: string;
  why: string;
}
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  true_positives: number;
  false_positives: number;
  ignored_duplicates_or_optional: number;
  clusters: number;
  clusters_found: number;
  distractors_hit: string;
  candidates_on_distractors: number;
  field_accuracy: Record<(typeof FIELDS)[number], number | null>;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** A true positive: the candidate and the gold mention it was credited for. */
export interface Match {
  passage: string;
  gold: GoldClaim;
  prediction: Prediction;
  index: number;
}

export type ScoredField = (typeof FIELDS)[number];

/** Whether a matched candidate's field is its gold mention's, as score.py credits it. */
export function fieldRight(k: ScoredField, cand: Prediction, g: GoldClaim): boolean {
  if (k === 'value') return (['value', 'value_low', 'value_high'] as const).filter((x) => x in cand).every((x) => same(cand[x], g[x]));
  if (k === 'claimant') return [norm(g.claimant), norm(g.claimant_mention)].includes(norm(cand.claimant));
  return same(cand[k], g[k]);
}

export function score(
  corpus: Corpus,
  predictions: Record<string, Prediction[]>,
): {
  score: Score;
  missed: { passage: string; gold: GoldClaim }[];
  falsePositives: FalsePositive[];
  fieldMisses: { passage: string; field: string; gold: unknown; got: unknown; text: string }[];
  matches: Match[];
} {
  let tp = 0;
  let fp = 0;
  let ignored = 0;
  let onDistractors = 0;
  const distractorsHit = new Set<string>();
  const clustersTotal = new Set<string>();
  const clustersFound = new Set<string>();
  const fields = Object.fromEntries(FIELDS.map((k) => [k, [0, 0]])) as Record<(typeof FIELDS)[number], [number, number]>;
  const missed: { passage: string; gold: GoldClaim }[] = [];
  const falsePositives: FalsePositive[] = [];
  const fieldMisses: { passage: string; field: string; gold: unknown; got: unknown; text: string }[] = [];
  const matches: Match[] = [];
  let nDistractors = 0;
  for (const p of corpus.passages) {
    nDistractors += p.distractors.length;
    const core = p.claims.filter((g) => !g.optional);
    for (const g of core) clustersTotal.add(`${p.id}/${g.cluster}`);
    const credited = new Set<string>();
    // Python's sort is stable: equal starts keep their order
    const cands = [...(predictions[p.id] ?? [])].map((c, k) => ({ c, k })).sort((a, b) => a.c.start - b.c.start || a.k - b.k);
    for (const { c: cand, k: index } of cands) {
      const hits = p.claims.filter((g) => overlap(cand, g));
      const dis = p.distractors.filter((d) => overlap(cand, d));
      if (dis.length) {
        onDistractors++;
        for (const d of dis) distractorsHit.add(`${p.id}/${d.id}`);
      }
      if (!hits.length) {
        fp++;
        falsePositives.push({
          passage: p.id,
          start: cand.start,
          end: cand.end,
          text: p.text.slice(cand.start, cand.end),
          why: dis.length ? `distractor ${dis[0].kind}` : 'no gold mention',
        });
        continue;
      }
      const fresh = hits.filter((g) => !g.optional && !credited.has(g.cluster));
      if (!fresh.length) {
        ignored++;
        continue;
      }
      const g = fresh[0];
      credited.add(g.cluster);
      tp++;
      matches.push({ passage: p.id, gold: g, prediction: cand, index });
      for (const k of FIELDS) {
        if (!(k in cand)) continue;
        fields[k][1]++;
        if (fieldRight(k, cand, g)) fields[k][0]++;
        else
          fieldMisses.push({
            passage: p.id,
            field: k,
            gold: k === 'value' ? [g.value, g.value_low, g.value_high] : k === 'claimant' ? [g.claimant, g.claimant_mention] : g[k],
            got: k === 'value' ? [cand.value, cand.value_low, cand.value_high] : cand[k],
            text: g.value_text,
          });
      }
    }
    for (const cl of core.map((g) => g.cluster)) if (credited.has(cl)) clustersFound.add(`${p.id}/${cl}`);
    for (const cl of [...new Set(core.map((g) => g.cluster))].sort()) {
      if (!credited.has(cl)) missed.push({ passage: p.id, gold: p.claims.find((x) => x.id === cl)! });
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = clustersTotal.size ? clustersFound.size / clustersTotal.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    score: {
      precision: round3(precision),
      recall: round3(recall),
      f1: round3(f1),
      true_positives: tp,
      false_positives: fp,
      ignored_duplicates_or_optional: ignored,
      clusters: clustersTotal.size,
      clusters_found: clustersFound.size,
      distractors_hit: `${distractorsHit.size}/${nDistractors}`,
      candidates_on_distractors: onDistractors,
      field_accuracy: Object.fromEntries(
        FIELDS.map((k) => [k, fields[k][1] ? round3(fields[k][0] / fields[k][1]) : null]),
      ) as Score['field_accuracy'],
    },
    missed,
    falsePositives,
    fieldMisses,
    matches,
  };
}

export function evaluate(corpus: Corpus, lexicon: Lexicon = fileLexicon()) {
  const predictions: Record<string, Prediction[]> = {};
  const candidates: Record<string, Candidate[]> = {};
  // the numbers each passage's rules turned away, with the kind of rule: what refused a missed figure
  const rejected: Record<string, ExtractResult['rejected']> = {};
  for (const p of corpus.passages) {
    const published = typeof p.published === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(p.published) ? p.published : null;
    const result = extractCandidates(p.text, lexicon, { published, author: p.publisher ?? null });
    candidates[p.id] = result.candidates;
    rejected[p.id] = result.rejected;
    predictions[p.id] = candidates[p.id].map((c) => toPrediction(c, lexicon));
  }
  return { predictions, candidates, rejected, ...score(corpus, predictions) };
}

export function formatDetails(corpus: Corpus, result: ReturnType<typeof evaluate>): string {
  const lines: string[] = [];
  const placeMisses = locationScore(result.matches).misses;
  for (const p of corpus.passages) {
    const missed = result.missed.filter((m) => m.passage === p.id);
    const fps = result.falsePositives.filter((f) => f.passage === p.id);
    const fields = result.fieldMisses.filter((f) => f.passage === p.id);
    const places = placeMisses.filter((m) => m.passage === p.id);
    if (!missed.length && !fps.length && !fields.length && !places.length) continue;
    lines.push(`\n== ${p.id} ${p.url ?? ''}`);
    for (const m of missed)
      lines.push(`  missed  ${m.gold.id}: ${JSON.stringify(m.gold.value_text)} (${m.gold.approximation}, ${m.gold.metric})`);
    for (const f of fps) lines.push(`  false+  [${f.start}:${f.end}] ${JSON.stringify(f.text)} (${f.why})`);
    for (const f of fields)
      lines.push(`  field   ${f.field} ${JSON.stringify(f.text)}: gold ${JSON.stringify(f.gold)} got ${JSON.stringify(f.got)}`);
    for (const f of places)
      lines.push(`  place   location ${JSON.stringify(f.text)}: gold ${JSON.stringify(f.gold)} got ${JSON.stringify(f.got)}`);
  }
  return lines.join('\n');
}
