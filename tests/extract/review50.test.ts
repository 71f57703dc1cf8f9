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

describe('returnees back in a region are of no one country', () => {
  test('returnees back in the European Union are not the country the text names most', () => {
    const text =
      'Belgium has the highest rate per head of any state. Researchers said some 1,500 returnees are now back in the European Union.';
    const [c] = shapes(text, at);
    expect(c).toMatchObject({ value: 1500, metric: 'returnees', country: null });
  });

  test('returnees across Europe are not the country of the towns the text names', () => {
    const [c] = shapes('Belgian officials spoke in Brussels and Antwerp. Europol said 1,500 returnees across Europe were monitored.', at);
    expect(c).toMatchObject({ value: 1500, metric: 'returnees', country: null });
  });

  test('returnees from a region abroad are still of the country the text names most', () => {
    const text =
      'Kenya has repatriated citizens from Somalia. Officials in Nairobi said 40 returnees from the Middle East had been placed in a programme in Kenya.';
    const [c] = shapes(text, at);
    expect(c).toMatchObject({ value: 40, metric: 'returnees', country: 'KE' });
  });
});
