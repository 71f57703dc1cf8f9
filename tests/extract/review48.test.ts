/**
 * The independent review of 7 Dec 2026's round (review48): readings its new rules had taken too far. Sentences written for
 * these tests.
 */
import { run, shapes } from './support';

const at = { published: '2026-12-01' };
const brief = (text: string) =>
  shapes(text, at).map((c) => ({ value_text: c.value_text, metric: c.metric, country: c.country, claimant: c.claimant }));

describe('a source named in a clause of time or cause is not the figure source', () => {
  test('since and until open a clause of their own', () => {
    expect(brief('There have been 30 arrests since the ministry announced its crackdown in May, a lawyer said.')).toEqual([
      { value_text: '30', metric: 'arrested', country: null, claimant: 'lawyer' },
    ]);
    expect(brief('Officials counted 40 victims until the ministry published a new toll.')).toEqual([
      { value_text: '40', metric: 'victims_killed', country: null, claimant: 'Officials' },
    ]);
  });

  test('a body that released a toll is the source of a figure only when the sentence says what the toll was', () => {
    expect(brief('The toll the government released on Monday did not include the 40 people still missing.')).toEqual([
      { value_text: '40', metric: expect.any(String), country: null, claimant: null },
    ]);
    expect(brief('The last estimate that the interior ministry published put the number at 300 fighters.')).toEqual([
      { value_text: '300', metric: 'members', country: null, claimant: 'interior ministry' },
    ]);
  });
});

test('cases of young people are people, not a docket', () => {
  expect(brief('Channel panels heard 600 cases of young people at risk of radicalisation last year, the Home Office said.')).toEqual([
    { value_text: '600', metric: 'under_investigation', country: null, claimant: 'Home Office' },
  ]);
  // (a docket's cases stay files)
  expect(brief('The court heard 43 cases last year, the registrar said.')).toEqual([]);
});

test('a figure set across a continent takes no region of the text, and ends its thread', () => {
  expect(
    brief(
      'Police say 21 young people from Kerala left for Syria in 2016.\n\nAcross Europe, some 1,500 people have returned from ' +
        'Syria since 2019, Europol says. About 40,000 children remain in camps in north-east Syria.',
    ).map((c) => [c.value_text, c.country]),
  ).toEqual([
    ['21', 'IN-KL'],
    ['some 1,500', null],
    ['About 40,000', null],
  ]);
});

test('a date in a phrase opening the sentence is when its source spoke, however long the phrase', () => {
  const [c] = run(
    'In a statement released on 3 March 2024 about the raids in the north, police said 12 people had been arrested.',
    at,
  ).candidates;
  expect({ value: c.value, stated_on: c.stated_on, as_of: c.as_of }).toEqual({ value: 12, stated_on: '2024-03-03', as_of: '2024-03-03' });
});

describe('a headline tells a deed in the present tense', () => {
  test('courts that jail or convict, police who arrest or detain', () => {
    expect(brief('Court jails seven over plot to join Islamic State')).toEqual([
      { value_text: 'seven', metric: 'convicted', country: null, claimant: null },
    ]);
    expect(brief('Dutch court convicts four women who joined Islamic State in Syria').map((c) => c.metric)).toEqual(['convicted']);
    expect(brief('Police arrest 12 suspected Islamic State members in raids').map((c) => c.metric)).toEqual(['arrested']);
    expect(brief('Police detain 30 in raids across the country').map((c) => c.metric)).toEqual(['arrested']);
  });

  test('jails and convicts as nouns stay nouns', () => {
    expect(brief('We have lots of French in our jails and scores of other nationals, he said.').map((c) => c.metric)).toEqual(['arrested']);
    expect(brief('At least 37 of those arrested since 2018 were former terrorism convicts, police said.').map((c) => c.metric)).toEqual([
      'arrested',
    ]);
  });
});
