/**
 * A claim body that `POST /v1/claims` accepts on the seed data (forty Kazakh foreign fighters, said by claimant 4,
 * quoting "over 300" from document 1), with `fields` in place of its own: the tests of one input rule change only the
 * field they are about.
 */
export function seedClaimBody(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    metric: 'foreign_fighters',
    country: 'KZ',
    claimant_id: 4,
    approximation: 'exact',
    value: 40,
    value_text: '40',
    sources: [{ document_id: 1, quote: 'over 300' }],
    ...fields,
  };
}
