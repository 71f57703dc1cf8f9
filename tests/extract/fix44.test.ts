/**
 * Round 44's review, fixed as rules (fix44): the bodies, sites, ratios and defections extract76 and extract77 read too
 * widely, narrowed. Sentences written for these tests.
 */
import { shapes } from './support';

/** Each candidate's figure and metric, in order. */
const read = (text: string) => shapes(text).map((c) => [c.value_text, c.metric]);

describe('a board, a panel or a majority is a body only when the people after it are none or its members', () => {
  test.each([
    ['The bill passed by a majority of 12 after 40 Syrian returnees were arrested.', [['40', 'arrested']]],
    ['The reform passed with a two-thirds majority of 400 deputies, and police arrested 9 men.', [['9', 'arrested']]],
    ['The government has a majority of 80 in the house, and police arrested 9 men.', [['9', 'arrested']]],
    ['A board of 9 members oversees the programme for 40 returnees.', [['40', 'returnees']]],
    ['The board of 7 directors met after 11 fighters were arrested.', [['11', 'arrested']]],
    ['A panel of 3 judges sentenced 12 men to prison.', [['12', 'convicted']]],
    ['A panel of 5 experts reviewed the cases of 30 women.', [['30', 'women']]],
  ])('body size refused: %s', (text, figures) => {
    expect(read(text)).toEqual(figures);
  });

  test.each([
    ['A majority of 40 members of the cell were arrested in the raids.', [['40', 'arrested']]],
    ['A panel of 12 former fighters who had returned from Syria spoke at the event.', [['12', 'returnees']]],
    ['The panel of 4 women who survived the camp spoke at the hearing.', [['4', 'women']]],
  ])('people counted kept: %s', (text, figures) => {
    expect(read(text)).toEqual(figures);
  });

  test('a delegation is people who travel, not a body', () => {
    expect(read('A delegation of 12 women and 30 children was repatriated from Syria, officials said.')).toEqual([
      ['12', 'returnees'],
      ['30', 'returnees'],
    ]);
  });

  test('the bodies extract76 named are still refused', () => {
    expect(read('The jury of 12 convicted 3 men of financing terrorism.')).toEqual([['3', 'convicted']]);
    expect(read('A committee of 14 members will meet after 25 IS recruiters were arrested.')).toEqual([['25', 'arrested']]);
  });
});

describe('the people a site is for are its capacity only while it is planned or built', () => {
  test.each([
    ['A new centre for 500 returnees is being built, and 40 women were repatriated.', [['40', 'returnees']]],
    ['The government is building a camp for 3,000 displaced people, while 12 men were arrested.', [['12', 'arrested']]],
    ['A centre for 300 returnees is under construction near Tashkent.', []],
    ['A camp for 1,000 people will be built, officials said.', []],
  ])('planned site refused: %s', (text, figures) => {
    expect(read(text)).toEqual(figures);
  });

  test.each([
    ['The camp for 800 children detained by the SDF is overcrowded.', [['800', 'arrested']]],
    ['The centre for 90 women living there lacks water.', [['90', 'women']]],
    ['A new camp for 800 women held in police cells is being built.', [['800', 'arrested']]],
  ])('people held or living at a site kept: %s', (text, figures) => {
    expect(read(text)).toEqual(figures);
  });
});

describe('former fighters who had surrendered, told with an auxiliary after it', () => {
  test.each([
    ['200 former militants who had surrendered were reintegrated into their communities.', [['200', 'returnees']]],
    ['Officials said 150 former fighters who surrendered are now in vocational training.', [['150', 'returnees']]],
    ['Some 90 ex-combatants who surrendered have since found work.', [['Some 90', 'returnees']]],
  ])('%s', (text, figures) => {
    expect(read(text)).toEqual(figures);
  });

  test('fighters surrendering with nothing calling them former stay the group strength', () => {
    expect(read('Some 230 fighters who surrendered were flown to the capital for questioning.')).toEqual([['Some 230', 'members']]);
  });
});

describe('defecting to a group is joining it; defecting from it, or to the state, is leaving it', () => {
  test.each([
    ['Two army officers defected to the Islamic State in 2015, prosecutors said.', [['Two', 'members']]],
    ['About 120 soldiers defected to the rebels in March.', [['About 120', 'members']]],
    ['Forty policemen defected to the militants after the town fell.', [['Forty', 'members']]],
  ])('joined: %s', (text, figures) => {
    expect(read(text)).toEqual(figures);
  });

  test.each([
    ['At least 45 militants defected from the group last year.', [['At least 45', 'returnees']]],
    ['Some 300 al-Shabaab fighters defected to the government last year.', [['Some 300', 'returnees']]],
    ['Officials say 417 have defected since 2016.', [['417', 'returnees']]],
  ])('left: %s', (text, figures) => {
    expect(read(text)).toEqual(figures);
  });
});

describe('a count for each of several is a ratio only when no status is said of it', () => {
  test.each([
    ['Police arrested 5 men in each of the three raids.', [['5', 'arrested']]],
    ['Four soldiers from every unit were arrested.', [['Four', 'arrested']]],
    ['Officials said 12 women from each camp were repatriated to Kazakhstan.', [['12', 'returnees']]],
  ])('a status on it, kept: %s', (text, figures) => {
    expect(read(text)).toEqual(figures);
  });

  test.each([
    ['A joint committee will seat 7 deputies from each chamber after 19 Belgian fighters returned.', [['19', 'returnees']]],
    ['Two elders from each village will attend the trial.', []],
  ])('no status of its own, refused: %s', (text, figures) => {
    expect(read(text)).toEqual(figures);
  });
});

describe('the whole of a share of every so many', () => {
  test('neither the share nor its whole is a count', () => {
    expect(read('Three of every four victims were killed by gunfire.')).toEqual([]);
  });
});

describe('sentences passed in the active voice count the people sentenced', () => {
  test.each([
    ['The court handed down 11 life sentences in 2019.', [['11', 'convicted']]],
    ['A judge in Baghdad imposed 3 death sentences in 2019.', [['3', 'sentenced_to_death']]],
  ])('%s', (text, figures) => {
    expect(read(text)).toEqual(figures);
  });
});
