/**
 * The last review's leftovers and a stranger's articles (extract83): a word after "figure" is no label's number, people
 * who serve named as a group's own are counted, and people who serve are no count when they act on other people
 * counted or speak of them. Sentences written for these tests.
 */
import { expected, shapes } from './support';

describe('a figure that rose from one number to another', () => {
  test('both numbers are read, the later superseding the earlier, with the claimant of the sentence', () => {
    expect(
      shapes(
        'Officials have long counted the people who joined Islamic State. The figure rose to 320 from 210 last year, the interior ministry said.',
      ),
    ).toEqual([
      expected({
        value_text: '320',
        value: 320,
        group: 'islamic-state',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'said',
        relations: ['supersedes c2'],
      }),
      expected({
        value_text: '210',
        value: 210,
        group: 'islamic-state',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'said',
      }),
    ]);
  });

  test('a list of labels still reads its further numbers as labels', () => {
    expect(shapes('The returnees are counted in tables 4 and 7 of the annex, and 35 of them are in prison.')).toEqual([
      expected({ value_text: '35', value: 35, metric: 'arrested' }),
    ]);
  });
});

describe('people who serve', () => {
  test('named as a group s supporters they are counted', () => {
    expect(shapes('Investigators identified 15 warehouse workers as supporters of Islamic State.')).toEqual([
      expected({
        value_text: '15',
        value: 15,
        metric: 'members',
        group: 'islamic-state',
        claimant: 'Investigators',
        mention: 'Investigators',
        cue: 'identified',
      }),
    ]);
    expect(shapes('The port employed 15 workers as crane drivers.')).toEqual([]);
  });

  test('acting on other people counted they are no count, the people they act on are', () => {
    expect(shapes('A delegation of 7 officials flew to Erbil and brought back 26 children.')).toEqual([
      expected({ value_text: '26', value: 26, metric: 'returnees' }),
    ]);
    expect(shapes('Nine officers detained 40 suspects in raids on Tuesday.')).toEqual([
      expected({ value_text: '40', value: 40, metric: 'arrested' }),
    ]);
  });

  test('as the object of a verb, or with a status of their own, they stay counted', () => {
    expect(shapes('A roadside bomb killed 11 soldiers and wounded 19 near the border.').map((c) => [c.value, c.metric])).toEqual([
      [11, 'victims_killed'],
      [19, 'victims_injured'],
    ]);
    expect(shapes('Three officials were arrested for helping fighters cross the border.')).toEqual([
      expected({ value_text: 'Three', value: 3, metric: 'arrested' }),
    ]);
  });

  test('speaking of other people they are a source, not a count', () => {
    expect(shapes('Two officials said 300 fighters had returned.')).toEqual([
      expected({ value_text: '300', value: 300, metric: 'returnees', claimant: 'Two officials', mention: 'Two officials', cue: 'said' }),
    ]);
  });
});

describe('people a camp is for or who live in camps', () => {
  test('a camp for people living there counts them in camps', () => {
    expect(shapes('Al-Roj is a camp for 2,900 people living in tents near the border.')).toEqual([
      expected({ value_text: '2,900', value: 2900, metric: 'in_camps' }),
    ]);
  });

  test('people who live in camps are in camps, whatever the verb s tense', () => {
    expect(shapes('Around 85,000 people still live in the displacement camps of the province.')).toEqual([
      expected({ value_text: 'Around 85,000', value: 85000, approximation: 'approximately', metric: 'in_camps' }),
    ]);
  });

  test('a camp planned for people is still no count of them', () => {
    expect(shapes('A new camp for 400 returnees will be built next year.')).toEqual([]);
  });
});

describe('a part of a group s strength', () => {
  const strength = expected({
    value_text: 'between 7,000 and 9,000',
    value_low: 7000,
    value_high: 9000,
    approximation: 'range',
    metric: 'members',
    group: 'al-shabaab',
    claimant: 'UN panel',
    mention: 'a UN panel',
    cue: 'said',
  });
  const part = { approximation: 'approximately' as const, group: 'al-shabaab', claimant: 'UN panel', relations: ['part_of c1'] };

  test('is the group s strength too, as its whole', () => {
    expect(
      shapes('Al-Shabaab has between 7,000 and 9,000 fighters in Somalia, a UN panel said. About 2,000 of them are in Jubaland.'),
    ).toEqual([strength, expected({ value_text: 'About 2,000', value: 2000, metric: 'members', ...part })]);
  });

  test('unless its sentence sets it apart as come from abroad', () => {
    expect(
      shapes('Al-Shabaab has between 7,000 and 9,000 fighters in Somalia, a UN panel said. About 400 of them came from abroad.'),
    ).toEqual([strength, expected({ value_text: 'About 400', value: 400, metric: 'foreign_fighters', ...part })]);
  });
});

describe('a date in a list item', () => {
  const list = 'Returns so far:\n- Georgia: 90 were repatriated by the end of 2025.\n- Armenia: 35 were repatriated.\n';

  test('dates its own item s figures, not the next item s', () => {
    expect(shapes(list)).toEqual([
      expected({ value_text: '90', value: 90, metric: 'returnees', country: 'GE', as_of: '2025' }),
      expected({ value_text: '35', value: 35, metric: 'returnees', country: 'AM' }),
    ]);
  });

  test('while the list s lead line dates every item', () => {
    expect(shapes(list.replace('Returns so far:', 'Returns as of the end of 2025:')).map((c) => c.as_of)).toEqual(['2025', '2025']);
  });
});

describe('an interview s answers', () => {
  const interview = (lead: string) =>
    `${lead}\n\nQuestion: How many Ghanaians have come back from Syria?\nAnswer: More than 140, and 30 of them are in prison.\n`;
  const answers = (claimant: string | null) => [
    expected({
      value_text: 'More than 140',
      value: 140,
      value_low: 140,
      approximation: 'more_than',
      metric: 'returnees',
      country: 'GH',
      claimant,
    }),
    expected({ value_text: '30', value: 30, metric: 'arrested', country: 'GH', claimant, relations: ['part_of c1'] }),
  ];

  test('are the one person the lead names', () => {
    expect(shapes(interview('Colonel Kwame Asante leads the national counter-terrorism unit. He spoke to us in Accra.'))).toEqual(
      answers('Kwame Asante'),
    );
  });

  test('are nobody named when the lead names several people or whoever asks', () => {
    expect(shapes(interview('Kwame Asante and Ama Boateng lead the unit.'))).toEqual(answers(null));
    expect(shapes(interview('Kwame Asante was interviewed by Ama Boateng.'))).toEqual(answers(null));
  });
});

describe('a verb after a figure s apposition', () => {
  test('is the sentence s verb, not an aside: the tag after it names the claimant', () => {
    expect(shapes('A bus carrying 28 Ghanaians, mostly women, arrived in Accra, the interior ministry said.')).toEqual([
      expected({
        value_text: '28',
        value: 28,
        metric: 'returnees',
        country: 'GH',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'said',
      }),
    ]);
  });

  test('while an aside with a list of its own still stands between a subject and its cue', () => {
    expect(shapes('The Hallam Institute, based in London, Paris and Rome, counted 300 fighters from Ghana.')).toEqual([
      expected({
        value_text: '300',
        value: 300,
        country: 'GH',
        claimant: 'Hallam Institute',
        mention: 'The Hallam Institute',
        cue: 'counted',
      }),
    ]);
  });
});

describe('a prison term received', () => {
  test('makes the people who received it convicted, the term no figure', () => {
    expect(shapes('Three of the accused received 9 years each, and two others were jailed for 4 years.')).toEqual([
      expected({ value_text: 'Three', value: 3, metric: 'convicted' }),
      expected({ value_text: 'two', value: 2, metric: 'convicted' }),
    ]);
  });

  test('while jailed for anything but a term stays arrested', () => {
    expect(shapes('Police said 30 suspects were jailed for questioning.')).toEqual([
      expected({ value_text: '30', value: 30, metric: 'arrested', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
  });
});
