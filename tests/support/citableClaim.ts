import type { CitableClaim } from '../../src/cite/citable';

/** A claim as the citation formatters take it: 40 Kazakh returnees (2017), said by Europol, with `overrides` over it. */
export function citableClaim(overrides: Partial<CitableClaim> = {}): CitableClaim {
  return {
    id: 9,
    claimant: { name: 'Europol', kind: 'government_agency', short: null, role: null, organization: null },
    metric: { code: 'returnees', label: 'Returnees', unit: 'people' },
    country: { code: 'KZ', name: 'Kazakhstan', kind: 'country' },
    group: null,
    location: [],
    value: 40,
    value_low: null,
    value_high: null,
    approximation: 'exact',
    value_text: '40',
    as_of: '2017',
    stated_on: null,
    context: null,
    status: 'active',
    retraction_reason: null,
    superseded_by: [],
    documents: [],
    ...overrides,
  };
}
