/**
 * Years that are no figure's date and no count (the lead, 6 Dec late night): the year of a law named with it ("the
 * 2019 Anti-Terrorism Act") says when the law was made; a year after a preposition of time is a year even when people
 * follow it ("In 2019 police arrested…"). Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-04' };

describe('the year of a law named with it does not date a figure', () => {
  test('an act, a decree and a law described by its subject', () => {
    expect(shapes('Prosecutors charged 12 returnees under the 2019 Anti-Terrorism Act.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'charged', as_of: '2026-12-04' }),
    ]);
    const [decree] = shapes('A 2015 decree has allowed 40 women to return from the camps.', at);
    expect(decree).toMatchObject({ value_text: '40', as_of: '2026-12-04' });
    const [law] = shapes("The country's 2017 counter-extremism law has been used against 60 returnees.", at);
    expect(law).toMatchObject({ value_text: '60', as_of: '2026-12-04' });
  });

  test('a year before other words still dates the figure', () => {
    const [attacks] = shapes('The 2019 attacks led the police to arrest 30 people.', at);
    expect(attacks).toMatchObject({ value_text: '30', as_of: '2019' });
    const [enforcement] = shapes('In 2019 law enforcement agencies arrested 40 suspects.', at);
    expect(enforcement).toMatchObject({ value_text: '40', as_of: '2019' });
  });
});

describe('a year after a preposition of time is no count of the people after it', () => {
  test('in, during and since a year before a body that acts', () => {
    expect(shapes('In 2019 police arrested 40 people.', at).map((c) => c.value_text)).toEqual(['40']);
    expect(shapes('During 2021 security forces detained 12 suspects.', at).map((c) => c.value_text)).toEqual(['12']);
    expect(shapes('Since 2015 authorities have convicted 80 returnees.', at).map((c) => c.value_text)).toEqual(['80']);
  });

  test('a large count without a preposition of time is still read', () => {
    expect(shapes('Some 2000 foreign and local fighters crossed the border.', at)).toMatchObject([
      { value_text: 'Some 2000', value: 2000 },
    ]);
  });
});
