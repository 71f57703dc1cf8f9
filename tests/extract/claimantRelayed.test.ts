/**
 * Relayed and cited sources (fix-rules, after a review of extract63's rules). Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

const relayed = (as_of: string | null) =>
  expected({
    value_text: '140',
    value: 140,
    metric: 'foreign_fighters',
    country: 'TZ',
    claimant: 'security agency',
    mention: 'the security agency',
    cue: 'identified',
    relayed_by: 'interior minister',
    as_of,
  });

test('a short phrase of time or place between whom a relayer told and the that-clause leaves the clause its own source', () => {
  const told = (aside: string) =>
    shapes(
      `The interior minister told ${aside} that the security agency had identified 140 Tanzanians who joined the insurgents in Mozambique.`,
      at,
    );
  expect(told('parliament in March')).toEqual([relayed('2026-03')]);
  expect(told('reporters in Dodoma')).toEqual([relayed(null)]);
  expect(told('MPs earlier this month')).toEqual([relayed('2026-12')]);
  expect(told('reporters at a news conference in the capital')).toEqual([relayed(null)]);
  // a clause of its own between them is no such phrase: the teller keeps the figure
  expect(told('reporters after he landed')).toEqual([
    expected({
      value_text: '140',
      value: 140,
      metric: 'foreign_fighters',
      country: 'TZ',
      claimant: 'interior minister',
      mention: 'The interior minister',
      cue: 'told reporters',
    }),
  ]);
});

const cited = (claimant: string, mention: string, cue = 'citing') =>
  expected({
    value_text: '300',
    value: 300,
    metric: 'killed',
    claimant,
    mention,
    cue,
    relayed_by: 'minister',
  });
const ownFigure = expected({ value_text: '300', value: 300, metric: 'killed', claimant: 'minister', mention: 'The minister', cue: 'said' });

test('a participle of citing is no part of the subject and names a body, an acronym or a name as the source', () => {
  expect(shapes('Citing NATO, the minister said 300 militants had been killed.', at)).toEqual([cited('NATO', 'NATO')]);
  expect(shapes('Quoting NATO, the minister said 300 militants had been killed.', at)).toEqual([cited('NATO', 'NATO', 'quoting')]);
  expect(shapes('Citing Interpol, the minister said 300 militants had been killed.', at)).toEqual([cited('Interpol', 'Interpol')]);
  // a role before a name after the participle is no chain with what is cited
  expect(shapes('Citing the police, Interior Minister Juma Otieno said 300 militants had been killed.', at)).toEqual([
    { ...cited('police', 'the police'), relayed_by: 'Juma Otieno' },
  ]);
});

test('a cited body of figures or publication names its source by what precedes it or is none', () => {
  const citing = (what: string) => shapes(`The minister said 300 militants had been killed, citing ${what}.`, at);
  expect(citing('NATO figures')).toEqual([cited('NATO', 'NATO figures')]);
  expect(citing('police data')).toEqual([cited('police', 'police data')]);
  expect(citing('intelligence estimates')).toEqual([ownFigure]);
  expect(citing('official statistics')).toEqual([ownFigure]);
  expect(citing('a report')).toEqual([ownFigure]);
});
