/**
 * Precision and country on unseen text (extract28): numbers that number a report's paragraphs and points. Sentences
 * written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('the number of a numbered paragraph or point counts nobody', () => {
  test('a point numbered in brackets at the start of its line', () => {
    const text = [
      'Findings of the review',
      '(1) Some 2,000 foreign fighters remain in the camps of the north-east.',
      '(2) Kazakhstan has repatriated 700 of its nationals.',
      '(3) The remaining detainees are held in Hasakah.',
    ].join('\n');
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'Some 2,000',
        value: 2000,
        approximation: 'approximately',
        metric: 'in_camps',
        as_of: '2025-06-01',
      }),
      expected({ value_text: '700', value: 700, metric: 'returnees', country: 'KZ', as_of: '2025-06-01' }),
    ]);
  });

  test('a point numbered under a lead that ends with a colon, and under items of its own', () => {
    const text = [
      'Courts convicted 12 people in the capital last year.',
      '',
      'Recommendations:',
      '1. Repatriate the 300 children still held in camps.',
      '2. Review the cases of the women held with them',
      '3. Fund the reintegration centres for the returnees of the north',
    ].join('\n');
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'convicted', as_of: '2024' }),
      expected({ value_text: '300', value: 300, metric: 'in_camps', as_of: '2025-06-01' }),
    ]);
  });

  test("a report's paragraph number before the first word of its sentence", () => {
    const text = [
      'Report of the Monitoring Team',
      '11 In 2023, 120 Tajik nationals were repatriated.',
      '12 The Monitoring Team notes continued recruitment in the region.',
      '13 In one Member State, police detained 45 women.',
      '14 Recruitment online continues, the Team was told.',
    ].join('\n');
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '120',
        value: 120,
        metric: 'returnees',
        country: 'TJ',
        as_of: '2023',
      }),
      expected({ value_text: '45', value: 45, metric: 'arrested', as_of: '2025-06-01' }),
    ]);
  });

  test('a number opening a line still counts the people its sentence names, and a headline says nothing', () => {
    const text = [
      '12 Belgians Killed In Syria',
      '12 Belgians were killed in Syria last week, the ministry said.',
      '300 Islamic State fighters remain in the area.',
      '40 Hazaragi fighters were moved to the north last month.',
    ].join('\n');
    const shaped = shapes(text, at);
    expect(shaped.map((c) => [c.value_text, c.metric, c.country])).toEqual([
      ['12', 'killed', 'BE'],
      ['12', 'killed', 'BE'],
      ['300', 'members', null],
      ['40', 'members', null],
    ]);
  });
});
