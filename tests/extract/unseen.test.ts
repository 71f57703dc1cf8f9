/**
 * Rules written for the kinds of text editors paste that the practice corpus lacks (police press releases, court
 * summaries, monitoring reports, translated local press); sentences written for these tests.
 */
import { expected, run, shapes } from './support';

describe('numbers that name things', () => {
  test('the number of a unit or a name inside a sentence is a label: "Densus 88", "Unit 8200"', () => {
    expect(shapes('On Tuesday Densus 88 arrested 14 suspects in Solo.')).toEqual([
      expected({ value_text: '14', value: 14, metric: 'arrested' }),
    ]);
    expect(run('Veterans of Unit 8200 trained 40 recruits.').rejected.map((r) => r.kind)).toEqual(['label']);
  });

  test('a place or group before the number, or a qualifier opening a clause, leaves it a count', () => {
    expect(shapes('In Syria 150 Kazakhs were killed.')[0]).toMatchObject({ value_text: '150', metric: 'killed', country: 'KZ' });
    expect(shapes('Police said About 30 men were held.')[0]).toMatchObject({ value_text: 'About 30', approximation: 'approximately' });
  });

  test('a title-case headline capitalises every word: its figure stays', () => {
    expect(shapes('Police Arrest 59 Terror Suspects In Java\n\nThe police said more.').map((c) => c.value_text)).toEqual(['59']);
  });
});

describe('when a figure holds', () => {
  test('"last year" and "this year" are years counted from the article\'s date', () => {
    const [last, now] = shapes('Police arrested 148 people last year and 90 people this year.', { published: '2024-05-10' });
    expect(last).toMatchObject({ value_text: '148', as_of: '2023' });
    expect(now).toMatchObject({ value_text: '90', as_of: '2024' });
  });

  test('a date beyond a semicolon belongs to the clause after it', () => {
    expect(shapes('Last year 148 people were arrested; in 2022, 247.', { published: '2024-05-10' }).map((c) => c.as_of)).toEqual(['2023', '2022']);
  });

  test('the end of a period stated before the figure: "Between 1 January and 12 November 2024"', () => {
    expect(shapes('Between 1 January and 12 November 2024, Densus 88 arrested 142 suspects.', { published: '2024-11-20' })).toEqual([
      expected({ value_text: '142', value: 142, metric: 'arrested', as_of: '2024-11-12' }),
    ]);
  });
});
