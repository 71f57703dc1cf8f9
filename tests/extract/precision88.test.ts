/** Precision of lane 88: populations, people on the move and ages read as counts; sentences written for these tests. */
import { expected, shapes } from './support';

const values = (text: string) => shapes(text).map((c) => `${c.value_text} ${c.metric}`);

describe('a place or a community by its size is a population', () => {
  test('a district, a village or a town of so many people is no count', () => {
    expect(shapes('Molenbeek, a district of 97,000 people, became the focus of the inquiry.')).toEqual([]);
    expect(shapes('The raid took place in a village of about 3,000 on the edge of the forest.')).toEqual([]);
    expect(values('In a town of just 12,000 people, 14 young men left for Syria.')).toEqual(['14 foreign_fighters']);
  });

  test('a community of so many and a community so many strong are no count', () => {
    expect(shapes("The province's Christian minority of some 30,000 people fled in 2014.")).toEqual([]);
    expect(shapes('The 12,000-strong Chechen community in Austria has been under scrutiny.')).toEqual([]);
    expect(shapes('Minneapolis is home to the largest Somali community in the US, about 80,000 people.')).toEqual([]);
  });

  test('a community of people of a status stays counted', () => {
    expect(values('Police watched a community of 30 returnees in Vienna.')).toEqual(['30 returnees']);
  });

  test('the whole people of a place with no status of their own are no count', () => {
    expect(shapes("The area's 25,000 people depend on farming and trade.")).toEqual([]);
    expect(shapes('The island, whose 6,000 inhabitants are mostly fishermen, was attacked in May.')).toEqual([]);
    expect(shapes('Some 4,000 people live in the village of Ghor.')).toEqual([]);
    expect(shapes('About 2,500 ethnic Uzbeks live in the valley.')).toEqual([]);
  });

  test('people of a place with a status stay counted', () => {
    expect(values("The town's 40 residents who joined IS were named in court.")).toEqual(['40 foreign_fighters']);
    expect(values('Some 250 residents were detained in the sweep.')).toEqual(['Some 250 arrested']);
    expect(values('Nearly 9,000 people live in the camp, most of them women and children.')).toEqual(['Nearly 9,000 in_camps']);
  });
});

describe('people on the move are counted only with a status', () => {
  test('migrants, refugees and asylum seekers with no status are a population', () => {
    expect(shapes('The region hosts some 4,000 asylum seekers, most of them from Afghanistan.')).toEqual([]);
    expect(shapes('About 1,200 migrants crossed the border last month.')).toEqual([]);
    expect(shapes('The country took in 890,000 refugees in 2015.')).toEqual([]);
  });

  test('migrants and refugees arrested, killed or charged stay counted', () => {
    expect(shapes('Police arrested 12 migrants suspected of links to IS.')).toEqual([
      expected({ value_text: '12', value: 12, metric: 'arrested', group: 'islamic-state' }),
    ]);
    expect(values('Forty refugees were killed in the air strike.')).toEqual(['Forty killed']);
    expect(values('Three asylum seekers were charged with planning an attack.')).toEqual(['Three charged']);
  });

  test('people named as a group s members after its name stay counted', () => {
    expect(values('Intelligence services flagged 23 asylum seekers as possible IS members.')).toEqual(['23 members']);
  });
});

describe('ages told in more ways', () => {
  test('an age after one person and now is no count', () => {
    expect(shapes('The boy, now 15, was taken to Syria at the age of 9.')).toEqual([]);
  });

  test('the ages of people listed between commas are no count', () => {
    expect(values('Two teenagers, 16 and 17, were charged.')).toEqual(['Two charged']);
    expect(values('Three brothers, 19, 23 and 27, were arrested in Lyon.')).toEqual(['Three arrested']);
  });

  test('younger or older than a number is an age', () => {
    expect(values('Seven children younger than five died in the camp.')).toEqual(['Seven deaths']);
  });

  test('a list of people counted after their noun stays counted', () => {
    expect(values('Police detained two groups of suspects, 16 and 17 men, in Lyon.')).toContain('17 arrested');
  });

  test('a parent s children by their number are no count', () => {
    expect(values('The accused, a 31-year-old father of three, was charged on Friday.')).toEqual([]);
    expect(values('The mothers of 40 children held in Roj appealed to the court.')).toEqual(['40 in_camps']);
  });
});

describe('plain people that aid, a need or a survey counts are a population', () => {
  test('people in need, reached by aid or affected are no count', () => {
    expect(shapes('An estimated 300,000 people are in need of food aid in the region.')).toEqual([]);
    expect(shapes('The agency reached 120,000 people with food parcels last month.')).toEqual([]);
    expect(shapes('Nearly 20,000 people have been affected by the violence in the province.')).toEqual([]);
    expect(shapes('Around 600 people took part in the reconciliation forum.')).toEqual([]);
  });

  test('people a survey or a poll counts are no count', () => {
    expect(shapes('A poll of 2,000 people found strong support for the law.')).toEqual([]);
    expect(shapes('The survey interviewed 1,200 people in six provinces.')).toEqual([]);
  });

  test('people aid reaches with a status of their own stay counted', () => {
    expect(values('The programme helped 85 people who came back from the camps.')).toEqual(['85 returnees']);
    expect(values('Some 120 people interviewed by police were later charged.')).toEqual(['Some 120 charged']);
    // (people helped to go somewhere are no aid's: the network's recruits)
    expect(values('Investigators believe the cell helped at least 20 people travel to Syria.')).toEqual(['at least 20 foreign_fighters']);
  });
});
