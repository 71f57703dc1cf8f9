/**
 * Claimants on unseen text (extract30): a rank before a name is no part of it, and a place's name after "By" is no
 * surname of a person "By …". Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-20' };

test('"Brigadier General Juma Otieno said" names Juma Otieno, and the next sentence carries him', () => {
  const text =
    'The head of the counter-terrorism police, Brigadier General Juma Otieno, said 45 suspects were arrested in Mombasa. Another 12 were charged.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '45',
      value: 45,
      metric: 'arrested',
      claimant: 'Juma Otieno',
      mention: 'The head of the counter-terrorism police, Brigadier General Juma Otieno',
      cue: 'said',
      as_of: '2026-11-20',
    }),
    expected({ value_text: '12', value: 12, metric: 'charged', claimant: 'Juma Otieno', as_of: '2026-11-20' }),
  ]);
});

test('"Inspector" is a rank, as "General" is', () => {
  const text = 'Inspector Halima Warsame told reporters that 30 returnees had been detained.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '30',
      value: 30,
      metric: 'arrested',
      claimant: 'Halima Warsame',
      mention: 'Inspector Halima Warsame',
      cue: 'told reporters',
    }),
  ]);
});

test('"By Kyiv\'s count" names Kyiv, not a person "By Kyiv"', () => {
  expect(shapes("By Kyiv's count, 1,200 foreign volunteers have joined the legion.", at)).toEqual([
    expected({
      value_text: '1,200',
      value: 1200,
      claimant: 'Kyiv',
      mention: "Kyiv's count",
      as_of: '2026-11-20',
    }),
  ]);
});
