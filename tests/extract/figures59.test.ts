/**
 * Ages, counts of things and what a figure counts (extract59): one rule for every way English gives an age, and the
 * metric read from what happened to the people counted. Sentences written for these tests, in the kinds of source the
 * corpora lack (a court report, a charity's camp update, a police release); each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };
const today = { as_of: '2026-03-01' };
const values = (text: string) => shapes(text, at).map((c) => c.value_text);

describe('an age is no count, in every way English gives one', () => {
  test('the youngest set off by commas', () => {
    expect(shapes('Seven children were detained; the youngest, 15, was later freed.', at)).toEqual([
      expected({ value_text: 'Seven', value: 7, metric: 'arrested', ...today }),
    ]);
  });

  test('the youngest of them, with no verb', () => {
    expect(values('Police opened investigations into 11 teenagers, the youngest of them 14, last year.')).toEqual(['11']);
  });

  test('an age bracket of a part: "46 of them under 18" counts 46, the 18 is their age', () => {
    expect(shapes('The centre received 318 defectors, 46 of them under 18.', at)).toEqual([
      expected({ value_text: '318', value: 318, ...today, metric: 'returnees' }),
      expected({ value_text: '46', value: 46, ...today, metric: 'returnees', relations: ['part_of c1'] }),
    ]);
  });

  test('an age bracket after a copula: "Twelve of them were under five"', () => {
    expect(shapes('In 2025, 19 children died in al-Hol. Twelve of them were under five, and most died of illnesses.', at)).toEqual([
      expected({ value_text: '19', value: 19, metric: 'deaths', as_of: '2025' }),
      expected({ value_text: 'Twelve', value: 12, metric: 'deaths', ...today, relations: ['part_of c1'] }),
    ]);
  });

  test('"Most were under 35" after a count of people', () => {
    expect(values('Police said 300 had been arrested. Most were under 35.')).toEqual(['300']);
  });

  test('what people are after a copula: "already 17 or 18", "He was 45."', () => {
    expect(values('About 40 children remain in the camp. Some of them are already 17 or 18, the charity said.')).toEqual(['About 40']);
    expect(values('Police said 12 militants were killed in the raid. Their leader was 45.')).toEqual(['12']);
  });

  test('a verb of becoming: "since they turned 14", "once they turn 18"', () => {
    expect(values('Three boys have been held in the prison since they turned 14. Some children turn 18 in the camps every month.')).toEqual(
      ['Three'],
    );
  });

  test('a defendant named by initials or an alias, and a name with its age in brackets', () => {
    expect(values('Four men were convicted. The first defendant, E.H., 51, was sentenced to 17 years in prison.')).toEqual(['Four']);
    expect(values('Wanted persons:\n1. Ahmed Ali Nur, 29, from Jigjiga\n2. Mohamed Abdi Nur, also known as "Abu Hafsa", 34\n')).toEqual([]);
    expect(values('Nine suspects were arrested. The court heard that Yassine B. (34) led the network.')).toEqual(['Nine']);
  });

  test('a count of people of an age stays a figure, and a count bound after a copula is no age', () => {
    expect(values('12 children under five were among the returnees.')).toEqual(['12']);
    expect(shapes('The death toll was over 50, officials said.', at)).toEqual([
      expected({
        value_text: 'over 50',
        value: 50,
        value_low: 50,
        approximation: 'more_than',
        metric: 'victims_killed',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        ...today,
      }),
    ]);
    expect(values('Women (12) and children (40) were repatriated.')).toEqual(['12', '40']);
  });
});

describe('what happened to the people counted decides their metric, not travellers by default', () => {
  const metrics = (text: string) => shapes(text, at).map((c) => [c.value_text, c.metric]);

  test('people kept from leaving are prevented from travelling', () => {
    expect(shapes('Tunisian authorities have prevented 17,000 people from leaving the country for conflict zones.', at)).toEqual([
      expected({ value_text: '17,000', value: 17000, metric: 'prevented_from_travelling', ...today }),
    ]);
    expect(metrics('Another 30 young men were turned back at the border.')).toEqual([['30', 'prevented_from_travelling']]);
    expect(metrics('The ministry said 212 people had their passports confiscated.')).toEqual([['212', 'prevented_from_travelling']]);
    expect(metrics('Border guards said 45 men were stopped at the airport in March.')).toEqual([['45', 'prevented_from_travelling']]);
    expect(metrics('The coastguard said 26 recruits were stopped before reaching Libya.')).toEqual([['26', 'prevented_from_travelling']]);
    expect(metrics('Police said 30 people were stopped before they could board flights to Istanbul.')).toEqual([
      ['30', 'prevented_from_travelling'],
    ]);
  });

  test('people stopped on no journey are not prevented from travelling', () => {
    expect(metrics('About 200 militants were stopped by Kurdish forces as they advanced on Kobane.')).not.toContainEqual([
      '200',
      'prevented_from_travelling',
    ]);
    expect(metrics('The assault by 40 gunmen was stopped before it reached the town.')).not.toContainEqual([
      '40',
      'prevented_from_travelling',
    ]);
  });

  test('people who return, and expulsions, are returnees', () => {
    expect(metrics('28 more citizens return from Syria')).toEqual([['28', 'returnees']]);
    expect(metrics('Terrorism: 92 expulsions for state security in 2024')).toEqual([['92', 'returnees']]);
    expect(metrics('Officials said 12 people could not return from Syria.')).toEqual([['12', 'foreign_fighters']]);
  });

  test('militants neutralised or eliminated are killed', () => {
    expect(metrics('Troops neutralised 14 terrorists in the operation. The army said 12 fighters were eliminated.')).toEqual([
      ['14', 'killed'],
      ['12', 'killed'],
    ]);
  });

  test('proceedings opened against people put them under investigation; an indictment charges them', () => {
    expect(metrics('Criminal proceedings have been initiated against 281 persons since 2014.')).toEqual([['281', 'under_investigation']]);
    expect(metrics('Prosecutors filed an indictment against seven persons for joining foreign armed formations.')).toEqual([
      ['seven', 'charged'],
    ]);
  });

  test('people searched for are wanted', () => {
    expect(metrics('Police are searching for 15 suspects who fled after the raid.')).toEqual([['15', 'wanted']]);
  });
});

describe('number words', () => {
  test('"a score of" people is twenty; a score with a number after it is a rating', () => {
    expect(shapes('The army says a score of militants were killed overnight.', at)).toEqual([
      expected({ value_text: 'a score', value: 20, metric: 'killed', claimant: 'army', mention: 'The army', cue: 'says', ...today }),
    ]);
    expect(values('The prison scored a score of 3.4 in the inspection; 40 inmates were released.')).toEqual(['40']);
  });
});

describe('counts of things', () => {
  test('cases told by their subject or their stage are files, not persons', () => {
    expect(values('The agency has registered 46 cases relating to ISIS activities and arrested 31 people.')).toEqual(['31']);
    expect(values('Prosecutors brought only 12 cases to trial, and just seven people have been convicted.')).toEqual(['seven']);
    expect(values('The division prosecuted 64 terrorism cases involving 112 accused persons.')).toEqual(['112']);
  });

  test('criminal cases opened against people still count them', () => {
    expect(shapes('Almost 650 criminal cases were being investigated against Russians who fought in Syria.', at)).toEqual([
      expected({
        value_text: 'Almost 650',
        value: 650,
        approximation: 'approximately',
        metric: 'under_investigation',
        country: 'RU',
        ...today,
      }),
    ]);
  });
});

describe('a single person of people counted before', () => {
  test('"only one" told by what was done to them is a figure', () => {
    expect(shapes('Police arrested 17 people in the raid, and only one has been released on bail.', at)).toEqual([
      expected({ value_text: '17', value: 17, metric: 'arrested', ...today }),
      expected({ value_text: 'one', value: 1, metric: 'released_under_restrictions', hedge: 'only', ...today }),
    ]);
  });

  test('"only one" of things, or with nobody counted before, is none', () => {
    expect(values('Only one country has repatriated its women.')).toEqual([]);
  });
});
