/** Numbers that are not counts of people, refused by general rules; sentences written for these tests. */
import { expected, run, shapes } from './support';

const rejectedKinds = (text: string) => run(text).rejected.map((r) => `${text.slice(r.start, r.end)}:${r.kind}`);

describe('numbers that count nobody', () => {
  test('telephone numbers after "Tel", "+", "hotline"; numbers with a leading zero', () => {
    expect(shapes('Tel: +44 20 7946 0958. The hotline is 1800 2626 473. Call 0800 123 456.')).toEqual([]);
  });

  test('a paragraph or list number opening a sentence is a label, the counts after it are not', () => {
    expect(shapes('7. Police detained 14 suspects. 8. Of the 32, 19 were released.').map((c) => c.value_text)).toEqual(['14', '32', '19']);
    expect(rejectedKinds('7. Police detained 14 suspects. 8. Of the 32, 19 were released.')).toEqual(['7:label', '8:label']);
  });

  test('a hypothetical number of people an attacker meant to kill', () => {
    expect(shapes('The plotter envisaged killing at least 10 people. Police said he planned to kill up to 50 worshippers.')).toEqual([]);
  });

  test('"one of 12 detainees" picks out one person; "1 in 5 returnees" is a ratio', () => {
    expect(shapes('The youth was one of 12 detainees.').map((c) => c.value_text)).toEqual(['12']);
    expect(shapes('Officials say 1 in 5 returnees reoffend.')).toEqual([]);
  });

  test('a month and a day need nothing but a space between: "Since 2 January, 14 Iraqis" counts 14', () => {
    expect(shapes('Since 2 January, 14 Iraqis have been repatriated.')).toEqual([
      expected({ value_text: '14', value: 14, metric: 'returnees', country: 'IQ' }),
    ]);
    expect(shapes('On January 14 police arrested 30 Kazakhs.').map((c) => c.value_text)).toEqual(['30']);
  });

  test('millions of citizens are a population', () => {
    expect(shapes('The law covers 450 million citizens, and 20 Danes were charged under it.').map((c) => c.value_text)).toEqual(['20']);
  });

  test('a footnote marker glued to the full stop ends the sentence: "in 2022.5 The camp…"', () => {
    const [, camp] = shapes('Some 400 Iraqis were repatriated in 2022.5 The camp holds 50,000 people.');
    expect(camp).toMatchObject({ value_text: '50,000', metric: 'in_camps' });
  });
});
