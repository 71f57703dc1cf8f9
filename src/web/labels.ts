import { nameKey } from '../db/nameKey';
import type { Services } from '../services';
import type { Labels } from './components/claimTable';

/**
 * The one way a page names a metric, place or group it holds by its code: by the vocabularies' name ("Kazakhstan",
 * not "KZ"), the code itself only where the vocabularies do not know it (a form's typed text, a code since removed).
 */
export function labelsOf(
  metrics: readonly { code: string; label: string }[],
  groups: readonly { slug: string; name: string; aliases?: readonly string[] }[],
  placeName: (code: string) => string | undefined,
): Labels {
  const metricLabels = new Map(metrics.map((m) => [m.code, m.label]));
  const groupNames = new Map(groups.map((g) => [g.slug, g.name]));
  // A group by any word the filters take for it (resolveGroup's rule: the slug, else its name or an alias as names are
  // matched), so `/?group=ISIS` is titled "Islamic State", as `/?group=islamic-state` is: it had said "group ISIS".
  const groupByName = new Map<string, string>();
  for (const g of groups)
    for (const word of [g.name, ...(g.aliases ?? [])]) if (!groupByName.has(nameKey(word))) groupByName.set(nameKey(word), g.name);
  const groupName = (ref: string) => groupNames.get(ref) ?? groupNames.get(ref.trim().toLowerCase()) ?? groupByName.get(nameKey(ref));
  return {
    metric: (code) => metricLabels.get(code) ?? code,
    country: (code) => placeName(code) ?? code,
    group: (ref) => groupName(ref) ?? ref,
    metrics: metrics.map((m) => [m.code, m.label]),
  };
}

/**
 * A place's name, by its code or by any word the filters take for it (a name, an alias, a demonym: `resolve`, the
 * filters' own reading), so a shared `/?country=Kazakhs` is titled "country Kazakhstan", as `/?country=KZ` is: it had
 * said the word as typed, "country kazakhs", for the same claims.
 */
export function placeNamer(places: Services['places']): (ref: string) => string | undefined {
  return (ref) => places.get(ref)?.name ?? places.get(places.resolve(ref) ?? '')?.name;
}

/** Names for the codes a page shows, read once per page from the vocabularies (small tables). */
export async function loadLabels(services: Pick<Services, 'vocabulary' | 'places'>): Promise<Labels> {
  const [metrics, groups] = await Promise.all([services.vocabulary.listMetrics(), services.vocabulary.listGroups()]);
  return labelsOf(metrics, groups, placeNamer(services.places));
}
