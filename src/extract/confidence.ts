/** How sure the extractor is of a candidate, 0.05–0.95: a people noun, a status, an own cue and a country raise it. */
import type { Work } from './work';

export function confidenceOf(w: Work): number {
  const { fig } = w;
  const a = w.attribution;
  let confidence = 0.45;
  if (fig.noun) confidence += 0.2;
  if (w.status) confidence += 0.1;
  if (a && !a.carried) confidence += 0.1;
  if (w.country || w.foreign) confidence += 0.05;
  if (fig.approximation === 'vague') confidence -= 0.1;
  if (fig.number.kind === 'words' && fig.number.value !== null && fig.number.value <= 2) confidence -= 0.1;
  if (fig.sentence.headline) confidence -= 0.05;
  return Math.round(Math.min(0.95, Math.max(0.05, confidence)) * 100) / 100;
}
