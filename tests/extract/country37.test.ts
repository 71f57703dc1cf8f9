/**
 * Country on unseen text (extract37): a region's states named as the people's origin. Sentences written for these
 * tests; each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe("the states a region's name or demonym qualifies are the origin of the people counted", () => {
  const centre = { claimant: 'regional centre', mention: 'the regional centre', cue: 'said', as_of: '2025-06-01' };
  test('"citizens of the Central Asian member states" are of Central Asia', () => {
    const text =
      'More than 3,000 citizens of the Central Asian member states remain in the ranks of terrorist groups, the regional centre said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'More than 3,000',
        value: 3000,
        value_low: 3000,
        approximation: 'more_than',
        metric: 'still_in_conflict_zone',
        country: '143',
        group: 'jihadist-groups',
        ...centre,
      }),
    ]);
  });

  test('"people from the Central Asian republics" are of Central Asia', () => {
    const text = 'An estimated 2,000 people from the Central Asian republics travelled to Syria, the regional centre said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'An estimated 2,000',
        value: 2000,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: '143',
        ...centre,
      }),
    ]);
  });

  test('"came from the States of the former Soviet Union": the part is of the region, not the whole of the world', () => {
    const text =
      'The report puts the total at 40,000 foreign fighters, of whom up to 8,000 came from the States of the former Soviet Union.';
    const report = { claimant: 'report', mention: 'The report', cue: 'puts', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '40,000', value: 40000, approximation: 'exact', metric: 'foreign_fighters', country: '001', ...report }),
      expected({
        value_text: 'up to 8,000',
        value: 8000,
        value_high: 8000,
        approximation: 'at_most',
        metric: 'foreign_fighters',
        country: 'FSU',
        ...report,
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('"from across the Sahel" and "from the whole Western Balkans" name the region as the origin', () => {
    expect(shapes('Some 1,200 fighters from across the Sahel have joined the groups, the report says.', at)).toEqual([
      expected({
        value_text: 'Some 1,200',
        value: 1200,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'SAHEL',
        claimant: 'report',
        mention: 'the report',
        cue: 'says',
        as_of: '2025-06-01',
      }),
    ]);
    const text =
      'Around 40 Germans have returned, officials said. ' +
      'A regional study counted around 1,070 men, women and children from the whole Western Balkans who had gone to Syria.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'Around 40',
        value: 40,
        approximation: 'approximately',
        metric: 'returnees',
        country: 'DE',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2025-06-01',
      }),
      expected({
        value_text: 'around 1,070',
        value: 1070,
        approximation: 'approximately',
        metric: 'foreign_fighters_and_family_members',
        country: 'BALKANS',
        claimant: 'regional study',
        mention: 'A regional study',
        cue: 'counted',
      }),
    ]);
  });

  test('but a region where people are held names no origin: "held in Central Asian prisons"', () => {
    const text = 'Some 300 fighters are held in Central Asian prisons, the regional centre said.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'Some 300', value: 300, approximation: 'approximately', metric: 'arrested', ...centre }),
    ]);
  });
});
