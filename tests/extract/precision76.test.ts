/** Precision of lane 76: personnel on duty, gatherings and comparisons with counts of things; sentences written for these tests. */
import { expected, shapes } from './support';

describe('security forces and staff counted without a status are no claim', () => {
  test('officers deployed or on duty are a force s size, not a count of people the text is about', () => {
    expect(
      shapes('Some 600 police officers were deployed around the stadium, where 14 Chechen supporters of Islamic State were arrested.'),
    ).toEqual([expected({ value_text: '14', value: 14, metric: 'arrested', country: 'RU-CE', group: 'islamic-state' })]);
    expect(shapes('The club said 350 stewards and 120 police officers were on duty when the attacker wounded four fans.')).toEqual([
      expected({ value_text: 'four', value: 4, metric: 'victims_injured', claimant: 'club', mention: 'The club', cue: 'said' }),
    ]);
  });

  test('officers who were killed stay counted', () => {
    expect(shapes('Three police officers were killed when Islamic State militants stormed the checkpoint.')).toEqual([
      expected({ value_text: 'Three', value: 3, metric: 'victims_killed', group: 'islamic-state' }),
    ]);
  });

  test('people who serve and travelled, left to join or were recruited stay counted', () => {
    expect(shapes('Some 25 soldiers travelled to Syria to fight for the Islamic State.')).toEqual([
      expected({ value_text: 'Some 25', value: 25, approximation: 'approximately', metric: 'foreign_fighters', group: 'islamic-state' }),
    ]);
    expect(shapes('About 30 police officers have left to join militants in Somalia.')).toEqual([
      expected({ value_text: 'About 30', value: 30, approximation: 'approximately', metric: 'foreign_fighters' }),
    ]);
    expect(shapes('Police said 12 doctors were among those who went to Syria.')).toEqual([
      expected({ value_text: '12', value: 12, metric: 'foreign_fighters', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
  });
});

describe('a crowd told by what it did or who watched', () => {
  test('people who demonstrated, and spectators a match was watched by, are a gathering', () => {
    expect(shapes('About 900 people demonstrated outside the ministry after 17 Tajik recruits were sentenced.')).toEqual([
      expected({ value_text: '17', value: 17, metric: 'convicted', country: 'TJ' }),
    ]);
    expect(shapes('The final was watched by 48,000 spectators; police said 6 men were detained over an IS-inspired plot.')).toEqual([
      expected({ value_text: '6', value: 6, metric: 'arrested', claimant: 'police', mention: 'police', cue: 'said' }),
    ]);
  });
});

describe('a number set against a count of things', () => {
  test('a bare number compared with a count of burglaries counts burglaries, whatever people the paragraph counted before', () => {
    expect(
      shapes(
        'Police arrested 12 Islamic State recruiters on Monday. They said 41 burglaries had been reported in the district this year, against 29 last year.',
      ),
    ).toEqual([expected({ value_text: '12', value: 12, metric: 'arrested', group: 'islamic-state' })]);
  });

  test('a bare number compared with a count of people stays counted', () => {
    expect(shapes('Police detained 52 suspected recruiters this year, against 38 last year.')).toEqual([
      expected({ value_text: '52', value: 52, metric: 'arrested' }),
      expected({ value_text: '38', value: 38, metric: 'arrested' }),
    ]);
  });
});

describe('a status in another clause, bodies that vote, speeds and sites planned', () => {
  test('a status in a clause before the relative clause of officers is not theirs', () => {
    expect(shapes('Police charged two men after a brawl in which 8 officers were called to the scene.')).toEqual([
      expected({ value_text: 'two', value: 2, metric: 'charged' }),
    ]);
  });

  test('the size of a senate or a committee, and members told by their vote, are no claim', () => {
    expect(shapes('The Senate’s 348 members will vote next week on a bill after 40 Syrian returnees were arrested.')).toEqual([
      expected({ value_text: '40', value: 40, metric: 'arrested', country: 'SY' }),
    ]);
    expect(
      shapes(
        'A joint committee of 14 members will meet; 14 of its members voted against the bill that led to 25 arrests of IS recruiters.',
      ),
    ).toEqual([expected({ value_text: '25', value: 25, metric: 'arrested', group: 'islamic-state' })]);
  });

  test('a speed and the people a planned site is for are no count of people', () => {
    expect(shapes('The suspect was stopped doing 110 mph; police said 3 Islamic State supporters were arrested.')).toEqual([
      expected({
        value_text: '3',
        value: 3,
        metric: 'arrested',
        group: 'islamic-state',
        claimant: 'police',
        mention: 'police',
        cue: 'said',
      }),
    ]);
    expect(shapes('A new site for 5,000 people is planned near the camp where 210 Iraqi women are held.')).toEqual([
      expected({ value_text: '210', value: 210, metric: 'women', country: 'IQ' }),
    ]);
  });
});

describe('people who serve, and a number for each of several', () => {
  test('stewards read as people: refused on duty, counted when wounded', () => {
    expect(
      shapes('Police arrested 12 Islamic State recruiters. They knew that 14 stewards and 30 police officers would be on duty.'),
    ).toEqual([expected({ value_text: '12', value: 12, metric: 'arrested', group: 'islamic-state' })]);
    expect(shapes('Three stewards were wounded when an Islamic State supporter opened fire.')).toEqual([
      expected({ value_text: 'Three', value: 3, metric: 'victims_injured', group: 'islamic-state' }),
    ]);
  });

  test('a number from each chamber or carried by each motorcycle is a ratio', () => {
    expect(shapes('A joint committee will seat 7 deputies from each chamber after 19 Belgian fighters returned.')).toEqual([
      expected({ value_text: '19', value: 19, metric: 'returnees', country: 'BE' }),
    ]);
    expect(shapes('The raiders came on 40 motorcycles, each carrying two men, and killed 11 villagers.')).toEqual([
      expected({ value_text: '11', value: 11, metric: 'victims_killed' }),
    ]);
  });
});
