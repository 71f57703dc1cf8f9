/**
 * Country only where the text gives it (extract54): a state's own case count whose words name its people as persons only
 * is of no stated nationality (the README's "EU-wide arrest counts"), whatever the figure before counted or the text is
 * about; a state's prisons and its speaker's name are no nationality of the people counted; returnees are their state's
 * nationals whichever of its authorities counts their cases. Sentences written for these tests in the style of wire
 * stories, a corrections service's statement and a court report; each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };

describe('a state counting its own cases as persons names no nationality', () => {
  test('"41 persons were convicted" after Kenyan travellers is of no stated nationality', () => {
    const text =
      'About 120 Kenyans have travelled to Somalia to join al-Shabaab, the interior ministry said. ' +
      'In the past year, 41 persons were convicted of terrorist offences.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'About 120',
        value: 120,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'KE',
        group: 'al-shabaab',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'said',
        as_of: '2026-03-01',
      }),
      expected({ value_text: '41', value: 41, metric: 'convicted', group: 'terrorism-all' }),
    ]);
  });

  test('a part taken from the returnees before keeps their country: "Of the returnees, 12 people"', () => {
    const text = 'About 120 Kenyans have returned from Somalia, the interior ministry said. Of the returnees, 12 people have been charged.';
    expect(shapes(text, at).map((s) => [s.value_text, s.country])).toEqual([
      ['About 120', 'KE'],
      ['12', 'KE'],
    ]);
  });

  test('a case count no larger than the returnees just before may be of them', () => {
    const text =
      'About 120 Kenyans have travelled to Somalia to join al-Shabaab, the interior ministry said. Four have come home. ' +
      'As to prosecutions, two people have been charged.';
    expect(shapes(text, at)[2]).toEqual(
      expected({ value_text: 'two', value: 2, metric: 'charged', country: 'KE', group: 'al-shabaab', as_of: '2026-03-01' }),
    );
  });

  test('people charged with travel offences are travellers, of the country counted before', () => {
    const text =
      'Some 60 Canadians have returned from Syria and Iraq, the report said. ' +
      'Since 2013, 12 individuals have been charged with terrorism travel offences.';
    expect(shapes(text, at)[1]).toEqual(expected({ value_text: '12', value: 12, metric: 'charged', country: 'CA', as_of: '2026-03-01' }));
  });
});
