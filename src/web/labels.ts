import type { Services } from '../services';
import type { Labels } from './components/claimTable';

/**
 * The one way a page names a metric, place or group it holds by its code: by the vocabularies' name ("Kazakhstan",
 * not "KZ"), the code itself only where the vocabularies do not know it (a form's typed text, a code since removed).
 */
export function labelsOf(
  metrics: readonly { code: string; label: string }[],
  groups: readonly { slug: string; name: string }[],
  placeName: (code: string) => string | undefined,
): Labels {
  const metricLabels = new Map(metrics.map((m) => [m.code, m.label]));
  const groupNames = new Map(groups.map((g) => [g.slug, g.name]));
  return {
    metric: (code) => metricLabels.get(code) ?? code,
    country: (code) => placeName(code) ?? code,
    group: (slug) => groupNames.get(slug) ?? slug,
    metrics: metrics.map((m) => [m.code, m.label]),
  };
}

/** Names for the codes a page shows, read once per page from the vocabularies (small tables). */
export async function loadLabels(services: Pick<Services, 'vocabulary' | 'places'>): Promise<Labels> {
  const [metrics, groups] = await Promise.all([services.vocabulary.listMetrics(), services.vocabulary.listGroups()]);
  return labelsOf(metrics, groups, (code) => services.places.get(code)?.name);
}
