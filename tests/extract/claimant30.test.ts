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

test('a point\'s number before the subject is no part of it: "(1) The Monitoring Team estimates…"', () => {
  expect(shapes('(1) The Monitoring Team estimates that 2,000 foreign fighters remain in the region.', at)).toEqual([
    expected({
      value_text: '2,000',
      value: 2000,
      metric: 'still_in_conflict_zone',
      claimant: 'Monitoring Team',
      mention: 'The Monitoring Team',
      cue: 'estimates',
      as_of: '2026-11-20',
    }),
  ]);
});

test("a body's long name of capitalised words and particles is a subject, past twelve words", () => {
  const text = 'The Office of the United Nations High Commissioner for Human Rights in Geneva estimates that 3,000 civilians were killed.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '3,000',
      value: 3000,
      metric: 'victims_killed',
      claimant: 'Office of the United Nations High Commissioner for Human Rights in Geneva',
      mention: 'The Office of the United Nations High Commissioner for Human Rights in Geneva',
      cue: 'estimates',
      as_of: '2026-11-20',
    }),
  ]);
});

test('"24.kg" is an outlet\'s name: no figure, and the subject of its cue', () => {
  expect(shapes('Bishkek-based outlet 24.kg reported that 52 citizens had returned home.', at)).toEqual([
    expected({
      value_text: '52',
      value: 52,
      metric: 'returnees',
      claimant: 'Bishkek-based outlet 24.kg',
      mention: 'Bishkek-based outlet 24.kg',
      cue: 'reported',
    }),
  ]);
  expect(shapes('According to 24.kg, 52 citizens returned home. The figures were published by 24.kg on Monday.', at)).toEqual([
    expected({
      value_text: '52',
      value: 52,
      metric: 'returnees',
      claimant: '24.kg',
      mention: '24.kg',
      cue: 'According to',
      as_of: '2026-11-20',
    }),
  ]);
});

test('a source named in a sentence with no figure is not carried into the next one; with a figure it is', () => {
  const said = 'Interior Minister Daniel Ochieng said the threat remained high. Some 40 Kenyans returned from Somalia last year.';
  expect(shapes(said, at)).toEqual([
    expected({ value_text: 'Some 40', value: 40, approximation: 'approximately', metric: 'returnees', country: 'KE', as_of: '2025' }),
  ]);
  const counted = 'Interior Minister Daniel Ochieng said 30 Kenyans were arrested. Some 40 Kenyans returned from Somalia last year.';
  expect(shapes(counted, at)[1]).toEqual(
    expected({
      value_text: 'Some 40',
      value: 40,
      approximation: 'approximately',
      metric: 'returnees',
      country: 'KE',
      claimant: 'Daniel Ochieng',
      as_of: '2025',
    }),
  );
});

test('"Case 14:" labels what follows; "in case 14 people…" still counts', () => {
  const text = 'Courts convicted 40 recruiters last year.\n\nCase 14: a man sentenced to ten years for recruiting.';
  expect(shapes(text, at).map((c) => c.value_text)).toEqual(['40']);
  expect(shapes('Police stood ready in case 14 suspects tried to flee.', at).map((c) => c.value_text)).toEqual(['14']);
});

describe('a source named in brackets or as a caption\'s "Source:"', () => {
  test('"(source: X)" after a figure names X', () => {
    const text = 'In 2023, 120 Kyrgyz citizens returned home (source: Ministry of Internal Affairs).';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '120',
        value: 120,
        metric: 'returnees',
        country: 'KG',
        claimant: 'Ministry of Internal Affairs (Kyrgyzstan)',
        mention: 'Ministry of Internal Affairs',
        cue: 'source',
        as_of: '2023',
      }),
    ]);
  });

  test("a table's caption naming its source attributes its rows, not the next table's", () => {
    const text =
      'Kyrgyz returnees by region, 2023 (Source: Ministry of Internal Affairs)\nRegion | Returned\nOsh | 120\n\nRegion | Returned\nOsh | 85\n';
    expect(shapes(text, at).map((c) => [c.value_text, c.claimant, c.mention])).toEqual([
      ['120', 'Ministry of Internal Affairs (Kyrgyzstan)', null],
      ['85', null, null],
    ]);
  });
});
