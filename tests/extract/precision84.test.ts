/** Precision of lane 84: ages, single persons, names and postcodes read as counts; sentences written for these tests. */
import { expected, shapes } from './support';

describe('the later decades of an age are ages', () => {
  test('men in their 20s and 30s are counted once, their decades not at all', () => {
    expect(shapes('Police in Bremen detained 5 men in their 20s and 30s on Monday.')).toEqual([
      expected({ value_text: '5', value: 5, metric: 'arrested' }),
    ]);
    expect(shapes('Officers arrested 7 suspects in their late teens to early 20s.')).toEqual([
      expected({ value_text: '7', value: 7, metric: 'arrested' }),
    ]);
  });

  test('a count of people after the decades of an age stays counted', () => {
    expect(shapes('The cell recruited men in their 20s and 30s; 14 of them were arrested in May.')).toEqual([
      expected({ value_text: '14', value: 14, metric: 'arrested' }),
    ]);
  });
});

describe('one person picked out or quoted is no count', () => {
  test('one of a count written in words is a single person of that count', () => {
    expect(shapes('He was one of nine men charged after the raids in Leeds.')).toEqual([
      expected({ value_text: 'nine', value: 9, metric: 'charged' }),
    ]);
  });

  test('one resident or official who speaks is a source', () => {
    expect(shapes('"They killed 11 of our herders," one elderly resident said.')).toEqual([
      expected({
        value_text: '11',
        value: 11,
        metric: 'killed',
        claimant: 'one elderly resident',
        mention: 'one elderly resident',
        cue: 'said',
      }),
    ]);
  });

  test('one of an idiom of circumstance is no count', () => {
    expect(shapes('In one case, officers detained 6 men at a farm near Garissa.')).toEqual([
      expected({ value_text: '6', value: 6, metric: 'arrested' }),
    ]);
    expect(shapes('At one point the gunmen held the market, a trader said.')).toEqual([]);
  });

  test('one person said to be somebody and then counted by a status stays counted', () => {
    expect(shapes('One man said to be a local commander was killed in the strike.')).toEqual([
      expected({ value_text: 'One', value: 1, metric: 'killed' }),
    ]);
  });
});

describe('a name with a number and a postcode are labels', () => {
  test('a unit named in a headline as it is named in the text is no count', () => {
    expect(shapes('Detachment 44 Arrests 31 Suspects\n\nThe police said Detachment 44 had detained 31 suspects in three towns.')).toEqual([
      expected({ value_text: '31', value: 31, metric: 'arrested' }),
      expected({ value_text: '31', value: 31, metric: 'arrested', claimant: 'police', mention: 'The police', cue: 'said' }),
    ]);
  });

  test('a headline count after a capitalised word the text never names stays counted', () => {
    expect(
      shapes('Raids Net 31 Suspects\n\nThe police said they had detained 31 suspects in three towns.').map((c) => c.value_text),
    ).toEqual(['31', '31']);
  });

  test('a postal code before its town on an address line is no count', () => {
    expect(
      shapes('Aid for Returnees\nPO Box 310, 8021 Zürich\n\nWe helped 46 women who came back from the camps.').map((c) => c.value_text),
    ).toEqual(['46']);
  });
});

describe('people a plan, a programme or a condition would reach are not counted yet', () => {
  test('a programme s people to work with and a recruiter s hopes are no claim', () => {
    expect(shapes('Over two years the scheme will work with 250 former fighters and 900 young people in Mosul.')).toEqual([]);
    expect(shapes('Prosecutors said the cell hoped to recruit 60 more members; 9 men were charged.')).toEqual([
      expected({ value_text: '9', value: 9, metric: 'charged', claimant: 'Prosecutors', mention: 'Prosecutors', cue: 'said' }),
    ]);
  });

  test('the people a draft law would apply to, and both ends of their range, are no claim', () => {
    expect(shapes('The interior ministry reckons the new offence would apply to between 15 and 35 people a year.')).toEqual([]);
  });

  test('people a condition says would or could do something are no claim', () => {
    expect(shapes('The prison service expects that about 25 of them would need a place in the unit if they came back.')).toEqual([]);
    expect(shapes('If the truce holds, 300 fighters could be freed next month; 12 were freed on Monday.')).toEqual([
      expected({ value_text: '12', value: 12, metric: null }),
    ]);
  });

  test('people who are there now, named with their article before a condition, are counted', () => {
    // (the review: the verb far from the number, or "the" before it, names people held or abroad today)
    expect(shapes('The 250 inmates of the annex could be moved if the court agrees, the warden said.')).toEqual([
      expected({ value_text: '250', value: 250, metric: 'arrested', claimant: 'warden', mention: 'the warden', cue: 'said' }),
    ]);
  });

  test('a target line is no count, the counts it is set against are', () => {
    expect(shapes('Detainees held without charge in 2026: 410\nTarget (2028): fewer than 200')).toEqual([
      expected({ value_text: '410', value: 410, metric: 'arrested', as_of: '2026' }),
    ]);
  });

  test('a government s plan to bring people home still counts them', () => {
    expect(shapes('The accord would allow Kazakhstan to repatriate 140 women and children from Roj.').map((c) => c.value_text)).toEqual([
      '140',
    ]);
  });
});

describe('a number that opens a name is a label', () => {
  test('the 300 Club and the so-called 17 Brigade are names, the people charged are counted', () => {
    expect(shapes('Members of the so-called 300 Club, a neo-Nazi network, were among 17 people charged.')).toEqual([
      expected({ value_text: '17', value: 17, metric: 'charged' }),
    ]);
    expect(shapes('Police said the 17 Brigade had about 40 members.').map((c) => c.value_text)).toEqual(['about 40']);
  });

  test('a count before a capitalised noun that heads no name stays counted', () => {
    expect(shapes('Police said the 12 Chechens had been arrested in Vienna.').map((c) => c.value_text)).toEqual(['12']);
  });
});

describe('a number set against a population is a population', () => {
  test('a workforce or a town s residents compared with an earlier figure are no claim', () => {
    expect(shapes('The mine said it has 2,100 employees on site, against 2,900 before the attack.')).toEqual([]);
    expect(shapes('The district has 41,000 residents, down from 52,000 in 2019.')).toEqual([]);
  });

  test('a count of people set against an earlier one stays counted', () => {
    expect(shapes('Police arrested 14 suspects, against 9 last year.').map((c) => [c.value_text, c.metric])).toEqual([
      ['14', 'arrested'],
      ['9', 'arrested'],
    ]);
  });
});
