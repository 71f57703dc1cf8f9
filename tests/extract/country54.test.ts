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

describe('a state that holds or speaks is no nationality of the people counted', () => {
  test('the prisons of a state hold people of no stated nationality: "prisons hold 270 inmates"', () => {
    const text = "Indonesia's prisons hold 270 inmates convicted of terrorism offences, the director general of corrections said.";
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '270',
        value: 270,
        metric: 'convicted',
        group: 'terrorism-all',
        claimant: 'director general of corrections',
        mention: 'the director general of corrections',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('a state owning the speaker that opens the sentence does not frame a group strength', () => {
    const text = "Niger's interior ministry told parliament in June that the group was down to about 200 fighters.";
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'about 200',
        value: 200,
        approximation: 'approximately',
        metric: 'members',
        claimant: "Niger's interior ministry",
        mention: "Niger's interior ministry",
        cue: 'told parliament',
        as_of: '2025-06',
      }),
    ]);
  });

  test('"domestic" qualifies a speaker: a domestic intelligence agency counting Islamists in the country', () => {
    const text =
      "Germany's domestic intelligence agency counts about 27,000 Islamists in the country, according to its latest annual report.";
    expect(shapes(text, at)[0].country).toBeNull();
  });

  test('a headline figure takes the country of the body sentence that restates it and names its people', () => {
    const text =
      'Kenyan intelligence: over 150 youths left for Somalia\n\n' +
      "Kenya's domestic intelligence service says more than 150 youths have travelled from Kenya to Somalia since 2015.";
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'over 150',
        value: 150,
        value_low: 150,
        approximation: 'more_than',
        metric: 'foreign_fighters',
        country: 'KE',
        as_of: '2026-03-01',
      }),
      expected({
        value_text: 'more than 150',
        value: 150,
        value_low: 150,
        approximation: 'more_than',
        metric: 'foreign_fighters',
        country: 'KE',
        claimant: "Kenya's domestic intelligence service",
        mention: "Kenya's domestic intelligence service",
        cue: 'says',
        as_of: '2026-03-01',
      }),
    ]);
  });
});

describe('returnees are their state nationals whichever authority counts their cases', () => {
  test('"Tajik courts have convicted 150 returnees": TJ', () => {
    const text = 'Tajik courts have convicted 150 returnees of joining terrorist organisations.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '150', value: 150, metric: 'convicted', country: 'TJ', group: 'jihadist-groups', as_of: '2026-03-01' }),
    ]);
  });

  test('control: "Tajik courts have convicted 150 people" stays of no stated nationality', () => {
    const text = 'Tajik courts have convicted 150 people of joining terrorist organisations.';
    expect(shapes(text, at)[0].country).toBeNull();
  });
});
