/** Precision of lane 81: people an institution or an event serves, counted with no status; sentences written for these tests. */
import { expected, shapes } from './support';

describe('people an institution or an event serves, counted without a status, are a population', () => {
  test('pupils back at school, visitors of a market and participants of a programme are no claim', () => {
    expect(shapes('Some 2,100 pupils are back at school in the district after 9 Islamic State fighters were killed.')).toEqual([
      expected({ value_text: '9', value: 9, metric: 'killed', group: 'islamic-state' }),
    ]);
    expect(shapes('The cell had planned to target a market visited by up to 5,000 visitors a day; 4 men were arrested.')).toEqual([
      expected({ value_text: '4', value: 4, metric: 'arrested' }),
    ]);
    expect(shapes('The mentoring scheme reached 300 participants in its first year.')).toEqual([]);
  });

  test('witnesses heard and voters registered after a count of people are no claim', () => {
    expect(shapes('The cell had about 40 members. The trial heard 63 witnesses over 48 days.')).toEqual([
      expected({ value_text: 'about 40', value: 40, approximation: 'approximately', metric: 'members' }),
    ]);
    expect(shapes('Police arrested 14 men in the town. About 2,300 voters were registered there.')).toEqual([
      expected({ value_text: '14', value: 14, metric: 'arrested' }),
    ]);
  });

  test('pupils, worshippers or witnesses with a status of their own stay counted', () => {
    expect(shapes('Twelve pupils were killed when gunmen attacked the school.')).toEqual([
      expected({ value_text: 'Twelve', value: 12, metric: 'victims_killed' }),
    ]);
    expect(shapes('About 40 students travelled to Syria to join the Islamic State.')).toEqual([
      expected({ value_text: 'About 40', value: 40, approximation: 'approximately', metric: 'foreign_fighters', group: 'islamic-state' }),
    ]);
    expect(shapes('Two witnesses were arrested for perjury.')).toEqual([expected({ value_text: 'Two', value: 2, metric: 'arrested' })]);
  });
});

describe('what a place can hold, a town s residents, pupils back at school and an electorate', () => {
  test('the people a site can hold or has room for are its capacity', () => {
    expect(shapes('The transit centre can hold 1,500 people; police said 6 returnees from Syria were detained there.')).toEqual([
      expected({ value_text: '6', value: 6, metric: 'arrested', claimant: 'police', mention: 'police', cue: 'said' }),
    ]);
    expect(shapes('A second shelter with room for 2,000 people opened last week.')).toEqual([]);
  });

  test('the residents a town now hosts are its population', () => {
    expect(shapes('Before the insurgency the town had 30,000 inhabitants; it now hosts an estimated 11,500 residents.')).toEqual([]);
  });

  test('pupils who returned to school are no returnees, people who returned home still are', () => {
    expect(shapes('About 900 pupils returned to school in the district this week.')).toEqual([]);
    expect(shapes('About 90 Tajik women returned home from the camps this week.')).toEqual([
      expected({ value_text: 'About 90', value: 90, approximation: 'approximately', metric: 'returnees', country: 'TJ' }),
    ]);
  });

  test('people registered to vote or who cast ballots are an electorate', () => {
    expect(shapes('About 640,000 people were registered to vote in the province, and 9 militants were arrested.')).toEqual([
      expected({ value_text: '9', value: 9, metric: 'arrested' }),
    ]);
    expect(shapes('Some 41,000 people cast their ballots on Sunday.')).toEqual([]);
  });
});

describe('"of them" after a count of things counts things', () => {
  test('a part of arson attacks counted in its sentence is no count of people', () => {
    expect(shapes('The monitors logged 9 arson attacks on mosques in March, three of them in the capital.')).toEqual([]);
  });

  test('a part of people stays counted, whatever things were counted between', () => {
    expect(shapes('Police detained 40 suspected jihadists in 6 raids, 12 of them women.')).toEqual([
      expected({ value_text: '40', value: 40, metric: 'arrested', group: 'jihadist-groups' }),
      expected({ value_text: '12', value: 12, metric: 'arrested', group: 'jihadist-groups', relations: ['part_of c1'] }),
    ]);
    expect(shapes('Most of the detainees came in 3 convoys; 14 of them are minors.')).toEqual([
      expected({ value_text: '14', value: 14, metric: 'arrested' }),
    ]);
  });
});

describe('the number of things said to be a number', () => {
  test('a count of raids or attacks given by its verb counts things', () => {
    expect(shapes('The total number of raids carried out in 2025 was 212, and 48 suspects were arrested.')).toEqual([
      expected({ value_text: '48', value: 48, metric: 'arrested', as_of: '2025' }),
    ]);
    expect(shapes('Their own count of arson attacks on mosques in 2024 was 37.')).toEqual([]);
  });

  test('the number of people said to be a number stays counted', () => {
    expect(shapes('The number of fighters who returned in 2024 was 120.')).toEqual([
      expected({ value_text: '120', value: 120, metric: 'returnees', as_of: '2024' }),
    ]);
  });
});

describe('proceedings, parishes and bags are things', () => {
  test('a count of proceedings or parishes is no count of people', () => {
    expect(shapes('Prosecutors opened 212 proceedings in 2025 and charged 35 people with terrorist offences.')).toEqual([
      expected({ value_text: '35', value: 35, metric: 'charged', as_of: '2025', group: 'terrorism-all' }),
    ]);
    expect(shapes('After 14 worshippers were killed, the bishop said 4 of his 31 parishes had closed.')).toEqual([
      expected({ value_text: '14', value: 14, metric: 'victims_killed', claimant: 'bishop', mention: 'the bishop', cue: 'said' }),
    ]);
  });

  test('proceedings against people count the people', () => {
    expect(shapes('Prosecutors opened proceedings against 212 people in 2025.')).toEqual([
      expected({ value_text: '212', value: 212, metric: 'under_investigation', as_of: '2025' }),
    ]);
  });
});

describe('a year before a conjunction', () => {
  test('a year then "and" and a participle of people is a year, the count after it is counted', () => {
    expect(shapes('Police raided the flat in 2023 and arrested 15 people.')).toEqual([
      expected({ value_text: '15', value: 15, metric: 'arrested', as_of: '2023' }),
    ]);
  });
});
