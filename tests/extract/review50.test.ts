/**
 * Review of round 50 (review50): sentences written for these tests, each a plain English reading the round's rules
 * had left or made wrong.
 */
import { shapes } from './support';

const at = { published: '2026-12-07' };

describe('a relative clause after that with its verb in the present is no claimant', () => {
  test('a panel that monitors sanctions is the panel', () => {
    const [c] = shapes('A UN panel that monitors sanctions said 2,000 fighters remained in the country.', at);
    expect(c).toMatchObject({ value: 2000, claimant: 'UN panel', cue: 'said' });
  });

  test('an agency that tracks returnees is the agency', () => {
    const [c] = shapes('An agency that tracks returnees said 400 people were arrested last year.', at);
    expect(c).toMatchObject({ value: 400, claimant: 'agency', cue: 'said' });
  });

  test('a that-clause after a verb of saying keeps its subject', () => {
    const [c] = shapes('The minister said that police arrested 40 suspects in March.', at);
    expect(c).toMatchObject({ value: 40, claimant: 'minister' });
  });
});
