/**
 * A first-level subdivision the text gives as the origin of the people counted, with no nationality stated, is their
 * country by its ISO 3166-2 code whether the ledger holds it or not (the lead, 6 Dec late night): the README's "ISO
 * 3166-2 code for a sub-national region that the text treats as the origin". Sentences written for these tests.
 */
import { run, shapes } from './support';

const at = { published: '2026-12-04' };

describe('a subdivision named as the origin', () => {
  test('gives its code when no nationality is stated, with its country as the other reading', () => {
    const [c] = shapes('Police say 14 young men from Ceuta travelled to Syria in 2015.', at);
    expect(c).toMatchObject({ value_text: '14', country: 'ES-CE' });
    const [full] = run('Police say 14 young men from Ceuta travelled to Syria in 2015.', at).candidates;
    expect(full.reasons.country).toContain('(ES-CE), the origin the text gives them, no nationality stated');
    expect(full.alternatives.country).toEqual([{ value: 'ES', reason: "ES-CE's country, Spain: its people counted as its nationals" }]);
  });

  test('keeps the country when their nationality is stated in the sentence, by the whole or by the text', () => {
    expect(shapes('Police say 14 Spanish men from Ceuta travelled to Syria.', at)[0]).toMatchObject({ country: 'ES' });
    const parts = shapes('The ministry said 345 Moroccan fighters had returned. 245 of them are from Casablanca-Settat.', at);
    expect(parts.map((c) => [c.value_text, c.country])).toEqual([
      ['345', 'MA'],
      ['245', 'MA'],
    ]);
  });

  test('a city that is no first-level subdivision gives its country', () => {
    expect(shapes('Police say 14 young men from Gaziantep travelled to Syria.', at)[0]).toMatchObject({ country: 'TR' });
  });
});

test('people of an unheld subdivision who went back to its country stay of the subdivision', () => {
  const text = 'The cell sent at least 14 young men from Ceuta to Syria. Four were killed, and three returned to Spain.';
  expect(shapes(text, at).map((c) => [c.value_text, c.country])).toEqual([
    ['at least 14', 'ES-CE'],
    ['Four', 'ES-CE'],
    ['three', 'ES-CE'],
  ]);
});
