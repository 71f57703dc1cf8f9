import type { Services } from '../services';
import type { Labels } from './components/claimTable';

/** Names for the codes a page shows, read once per page from the vocabularies (small tables). */
export async function loadLabels(services: Pick<Services, 'vocabulary' | 'places'>): Promise<Labels> {
  const [metrics, groups] = await Promise.all([services.vocabulary.listMetrics(), services.vocabulary.listGroups()]);
  const metricLabels = new Map(metrics.map((m) => [m.code, m.label]));
  const groupNames = new Map(groups.map((g) => [g.slug, g.name]));
  return {
    metric: (code) => metricLabels.get(code) ?? code,
    country: (code) => services.places.get(code)?.name ?? code,
    group: (slug) => groupNames.get(slug) ?? slug,
    metrics: metrics.map((m) => [m.code, m.label]),
  };
}
