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
