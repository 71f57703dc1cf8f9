/**
 * Metric on unseen text (extract32): the word that decides what the people counted are. Sentences written for these
 * tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('people killed in a terrorist attack are its victims, fighters killed are killed', () => {
  test('a suicide bombing: the people it killed are victims', () => {
    const text = 'At least 30 people were killed when a suicide bomber blew himself up at a mosque in Maiduguri on Friday, police said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'At least 30',
        value: 30,
        value_low: 30,
        approximation: 'at_least',
        metric: 'victims_killed',
        claimant: 'police',
        mention: 'police',
        cue: 'said',
        as_of: '2025-05-30',
      }),
    ]);
  });

  test('gunmen storming a hotel, "killing 21": victims; troops\' strikes killing militants: killed', () => {
    const text =
      'Al-Shabaab fighters stormed a hotel in Mogadishu on Saturday, killing 21, the security ministry said. ' +
      'Troops killed 45 militants in air strikes near Jilib the next day.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '21',
        value: 21,
        metric: 'victims_killed',
        group: 'al-shabaab',
        claimant: 'security ministry',
        mention: 'the security ministry',
        cue: 'said',
        as_of: '2025-05-31',
      }),
      expected({ value_text: '45', value: 45, metric: 'killed', group: 'al-shabaab', as_of: '2025-06-01' }),
    ]);
  });

  test('people who died in a bombing are its victims; the attackers killed are not', () => {
    const text = 'Twenty-three people died in the bombing of the market, officials said. Nine of the attackers were killed by the guards.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'Twenty-three',
        value: 23,
        metric: 'victims_killed',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2025-06-01',
      }),
      expected({ value_text: 'Nine', value: 9, metric: 'killed', as_of: '2025-06-01' }),
    ]);
  });

  test('the victims who died, a part of the victims, are victims killed', () => {
    const said = { claimant: 'health ministry', mention: 'the health ministry', cue: 'said', as_of: '2025-06-01' };
    expect(shapes('Of the 85 victims, 23 died, the health ministry said.', at)).toEqual([
      expected({ value_text: '85', value: 85, metric: 'victims_killed', ...said }),
      expected({ value_text: '23', value: 23, metric: 'victims_killed', ...said, relations: ['part_of c1'] }),
    ]);
  });

  test('suicide bombers counted among the dead are killed, not victims', () => {
    const text = 'Since 2014, 40 Malaysians have died in Syria, nine of whom were suicide bombers, the police said.';
    expect(shapes(text, at).map((s) => [s.value_text, s.metric])).toEqual([
      ['40', 'killed'],
      ['nine', 'killed'],
    ]);
  });
});

describe('arrests told with other words', () => {
  test('"rounded up" people and "40 arrests" are arrested', () => {
    const text = 'Police rounded up 25 people in dawn raids across Kano, a spokesman said. The raids led to 40 arrests in all.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '25',
        value: 25,
        metric: 'arrested',
        claimant: 'spokesman',
        mention: 'a spokesman',
        cue: 'said',
        as_of: '2025-06-01',
      }),
      expected({ value_text: '40', value: 40, metric: 'arrested', as_of: '2025-06-01' }),
    ]);
  });

  test('"taken into custody" and "apprehended" are arrested', () => {
    const text = 'A total of 56 people were taken into custody after the attack on the convoy. Officers later apprehended 12 more.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '56', value: 56, metric: 'arrested', as_of: '2025-06-01' }),
      expected({ value_text: '12', value: 12, metric: 'arrested', as_of: '2025-06-01' }),
    ]);
  });
});

describe('camps named and camps that hold', () => {
  test('children who died in al-Hol are deaths, not killed; what "the camps hold" is in camps', () => {
    const text = 'At least 70 children died in al-Hol last year, the aid group said. The camps hold some 43,000 people in all.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'At least 70',
        value: 70,
        value_low: 70,
        approximation: 'at_least',
        metric: 'deaths',
        claimant: 'aid group',
        mention: 'the aid group',
        cue: 'said',
        as_of: '2024',
      }),
      expected({ value_text: 'some 43,000', value: 43000, approximation: 'approximately', metric: 'in_camps', as_of: '2025-06-01' }),
    ]);
  });
});
