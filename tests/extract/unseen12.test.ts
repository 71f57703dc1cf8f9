/**
 * Faults found by the lead's probe articles of session 24 (a wire story from a coastal county, a live blog, a written
 * parliamentary answer): "we" inside a quotation set against its own speaker, killings by other verbs than "killed", a
 * group's strength at an earlier time read as travellers, a place's residents read as a figure. Sentences written for
 * these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

test('we inside a quotation is whoever is quoted, in every clause of it', () => {
  expect(shapes('"We have documented 412 cases since 2021, and we believe the real number is higher," said the commissioner.', at)).toEqual(
    [
      expected({
        value_text: '412',
        value: 412,
        metric: 'under_investigation',
        claimant: 'commissioner',
        mention: 'the commissioner',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ],
  );
});

test('a body whose name ends in a publication noun keeps its whole name', () => {
  expect(shapes('According to the Coordination Unit for Threat Analysis, 413 Belgians travelled to Syria.', at)).toEqual([
    expected({
      value_text: '413',
      value: 413,
      metric: 'foreign_fighters',
      country: 'BE',
      claimant: 'Coordination Unit for Threat Analysis',
      mention: 'the Coordination Unit for Threat Analysis',
      cue: 'According to',
      as_of: '2025-06-01',
    }),
  ]);
});

test('people beheaded, murdered or shot dead are killed', () => {
  expect(shapes('A local official said at least 12 civilians had been beheaded in the district this week.', at)).toEqual([
    expected({
      value_text: 'at least 12',
      value: 12,
      value_low: 12,
      approximation: 'at_least',
      metric: 'victims_killed',
      claimant: 'local official',
      mention: 'A local official',
      cue: 'said',
      as_of: '2025-06-01',
    }),
  ]);
  expect(shapes('Police said gunmen murdered 14 villagers and shot dead 3 officers.', at).map((c) => c.metric)).toEqual([
    'victims_killed',
    'victims_killed',
  ]);
});

test('convictions counted are people convicted', () => {
  expect(shapes('Courts handed down 45 convictions for terrorism offences last year.', at).map((c) => [c.value_text, c.metric])).toEqual([
    ['45', 'convicted'],
  ]);
});

test('a group strength at an earlier time is the group strength too', () => {
  expect(
    shapes(
      'Analysts estimate that the group has between 300 and 500 fighters in the province, down from as many as 2,500 at its peak.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: 'between 300 and 500',
      value_low: 300,
      value_high: 500,
      approximation: 'range',
      metric: 'members',
      claimant: 'Analysts',
      mention: 'Analysts',
      cue: 'estimate',
      as_of: '2025-06-01',
      relations: ['supersedes c2'],
    }),
    expected({
      value_text: 'as many as 2,500',
      value: 2500,
      value_high: 2500,
      approximation: 'at_most',
      metric: 'members',
      claimant: 'Analysts',
      mention: 'Analysts',
      cue: 'estimate',
      as_of: '2025-06-01',
    }),
  ]);
});

describe('the residents of a place are its population', () => {
  test('a county, a city or a village of so many residents or inhabitants proposes no figure', () => {
    expect(shapes('The county has 866,820 residents, and police arrested 23 suspects there in May.', at).map((c) => c.value_text)).toEqual([
      '23',
    ]);
    expect(shapes('Mosul, a city of 1.5 million inhabitants, fell in 2014.', at)).toEqual([]);
  });

  test('but residents who did something, and the residents of a camp, are counted', () => {
    expect(
      shapes('Since 2013 a total of 212 residents of the republic have left for Syria.', at).map((c) => [c.value_text, c.metric]),
    ).toEqual([['212', 'foreign_fighters']]);
    expect(shapes('The camp has 40,000 residents, most of them women and children.', at).map((c) => c.value_text)).toEqual(['40,000']);
  });
});

test('a written answer is the answer of whoever the line before it names', () => {
  const answer = [
    'Written answer: British nationals detained in Syria',
    '',
    'Asked by Baroness Hale of Richmond: To ask the Government how many British nationals are held in camps in north-east Syria.',
    '',
    'Answered by Lord Collins of Highbury, Minister of State, 2 December 2026:',
    '',
    'Our latest estimate is that around 20 British adults remain in detention facilities in north-east Syria.',
    '',
  ].join('\n');
  expect(shapes(answer, { published: '2026-12-02' })).toEqual([
    expected({
      value_text: 'around 20',
      value: 20,
      approximation: 'approximately',
      metric: 'arrested',
      country: 'GB',
      claimant: 'Lord Collins of Highbury',
      mention: 'Our latest estimate',
      as_of: '2026-12-02',
    }),
  ]);
  // the European Parliament's form, with a title of two offices: the surname the text gives
  const eu =
    'Answer given by High Representative/Vice-President Kallas on behalf of the European Commission\n\nSince 2019, Member States have brought home more than 1,100 of their nationals from the region.\n';
  expect(shapes(eu, { published: '2025-11-17' }).map((c) => [c.value_text, c.claimant])).toEqual([['more than 1,100', 'Kallas']]);
});

describe('a source cited in brackets at the end of a sentence', () => {
  test('is the claimant of the figures of its sentence, and of no other', () => {
    expect(
      shapes(
        'At least 1,460 children with a parent from the EU remain in north-east Syria (UNICEF, 2025). Another 300 are in Iraq.',
        at,
      ).map((c) => [c.value_text, c.claimant, c.mention]),
    ).toEqual([
      ['At least 1,460', 'UNICEF', 'UNICEF'],
      ['300', null, null],
    ]);
  });

  test('but a place, a month or a table with a year is no source', () => {
    for (const bracket of ['(Raqqa, 2017)', '(March 2017)', '(Table 2, 2017)'])
      expect(shapes(`Some 300 fighters were killed ${bracket}.`, at).map((c) => c.claimant)).toEqual([null]);
  });
});
