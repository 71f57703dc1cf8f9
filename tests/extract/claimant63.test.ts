/**
 * Claimants in interviews, briefings and relayed statements (extract63). Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

test('a source cited in a participle set off from its clause is the claimant and the subject of the cue relays it', () => {
  expect(
    shapes(
      'Citing the security service, the interior minister told parliament on Tuesday that 140 Tanzanians had joined the insurgents in Mozambique.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: '140',
      value: 140,
      metric: 'foreign_fighters',
      country: 'TZ',
      claimant: 'security service',
      mention: 'the security service',
      cue: 'citing',
      relayed_by: 'interior minister',
      as_of: '2026-12-01',
    }),
  ]);
  expect(shapes('The state news agency, quoting the army, said 35 militants were killed in the raid on Sunday.', at)).toEqual([
    expected({
      value_text: '35',
      value: 35,
      metric: 'killed',
      claimant: 'army',
      mention: 'the army',
      cue: 'quoting',
      relayed_by: 'state news agency',
      as_of: '2026-12-06',
    }),
  ]);
  // a reason cited is no source: the ministry keeps its figure
  expect(shapes('Kenya deported 40 foreigners last week, the ministry said, citing security concerns.', at)).toEqual([
    expected({
      value_text: '40',
      value: 40,
      metric: 'returnees',
      claimant: 'ministry',
      mention: 'the ministry',
      cue: 'said',
      as_of: '2026-12-06',
    }),
  ]);
});

test('a source with a cue of its own in the that-clause after whom a relayer told relays that source', () => {
  expect(
    shapes(
      'The interior minister told parliament on Tuesday that the security agency had identified 140 Tanzanians who joined the insurgents in Mozambique.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: '140',
      value: 140,
      metric: 'foreign_fighters',
      country: 'TZ',
      claimant: 'security agency',
      mention: 'the security agency',
      cue: 'identified',
      relayed_by: 'interior minister',
      as_of: '2026-12-01',
    }),
  ]);
  // an act with no cue of its own in the clause is the teller's figure
  expect(shapes('The minister told reporters on Monday that police had arrested 35 suspects.', at)).toEqual([
    expected({
      value_text: '35',
      value: 35,
      metric: 'arrested',
      claimant: 'minister',
      mention: 'The minister',
      cue: 'told reporters',
      as_of: '2026-11-30',
    }),
  ]);
});
