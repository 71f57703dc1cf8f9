/**
 * Rules written for the kinds of text editors paste that the practice corpus lacks (police press releases, court
 * summaries, monitoring reports, translated local press); sentences written for these tests.
 */
import { expected, run, shapes } from './support';

describe('numbers that name things', () => {
  test('the number of a unit or a name inside a sentence is a label: "Densus 88", "Unit 8200"', () => {
    expect(shapes('On Tuesday Densus 88 arrested 14 suspects in Solo.')).toEqual([
      expected({ value_text: '14', value: 14, metric: 'arrested' }),
    ]);
    expect(run('Veterans of Unit 8200 trained 40 recruits.').rejected.map((r) => r.kind)).toEqual(['label']);
  });

  test('a place or group before the number, or a qualifier opening a clause, leaves it a count', () => {
    expect(shapes('In Syria 150 Kazakhs were killed.')[0]).toMatchObject({ value_text: '150', metric: 'killed', country: 'KZ' });
    expect(shapes('Police said About 30 men were held.')[0]).toMatchObject({ value_text: 'About 30', approximation: 'approximately' });
  });

  test('a title-case headline capitalises every word: its figure stays', () => {
    expect(shapes('Police Arrest 59 Terror Suspects In Java\n\nThe police said more.').map((c) => c.value_text)).toEqual(['59']);
  });
});

describe('when a figure holds', () => {
  test('"last year" and "this year" are years counted from the article\'s date', () => {
    const [last, now] = shapes('Police arrested 148 people last year and 90 people this year.', { published: '2024-05-10' });
    expect(last).toMatchObject({ value_text: '148', as_of: '2023' });
    expect(now).toMatchObject({ value_text: '90', as_of: '2024' });
  });

  test('a date beyond a semicolon belongs to the clause after it', () => {
    expect(shapes('Last year 148 people were arrested; in 2022, 247.', { published: '2024-05-10' }).map((c) => c.as_of)).toEqual([
      '2023',
      '2022',
    ]);
  });

  test('"As of 31 December 2023" dates the figures after it in its paragraph, and a heading\'s the figures of its section', () => {
    const text =
      'Annual report 2024\n\nAs of 31 December 2023, the service counted 96 Austrians in Syria. Of them, 40 are women.\n\nPolice arrested 12 men.';
    expect(shapes(text, { published: '2024-06-01' }).map((c) => [c.value_text, c.as_of])).toEqual([
      ['96', '2023-12-31'],
      ['40', '2023-12-31'],
      ['12', '2024-06-01'],
    ]);
    const section = 'Returnees as of 30 June 2024\n\nPolice said 14 women came back.\n\nCourts convicted 9 men.';
    expect(shapes(section, { published: '2024-09-01' }).map((c) => c.as_of)).toEqual(['2024-06-30', '2024-06-30']);
  });

  test('a page\'s "Updated as of" dates the page, not its figures', () => {
    expect(
      shapes('Posted at Jun 01 2017 | Updated as of Jun 01 2017 02:24 PM\n\nTroops had killed six foreigners.', {
        published: '2017-06-01',
      })[0].as_of,
    ).toBeNull();
  });

  test('the end of a period stated before the figure: "Between 1 January and 12 November 2024"', () => {
    expect(shapes('Between 1 January and 12 November 2024, Densus 88 arrested 142 suspects.', { published: '2024-11-20' })).toEqual([
      expected({ value_text: '142', value: 142, metric: 'arrested', as_of: '2024-11-12' }),
    ]);
  });
});

describe('what the counted people are', () => {
  test("fighters nothing says travelled, in a sentence naming no nationality, are a group's strength", () => {
    const [travelled, strength] = shapes(
      'Officials said 426 Belgian fighters went to Syria. The group still has about 3,000 fighters in Syria.',
    );
    expect(travelled).toMatchObject({ value_text: '426', metric: 'foreign_fighters', country: 'BE' });
    expect(strength).toMatchObject({ value_text: 'about 3,000', metric: 'members', country: null });
    // a nationality given in the same sentence holds for both figures
    expect(
      shapes('The number of militants from the Russian Federation jumped to 1,500 from around 1,100 militants.').map((c) => [
        c.metric,
        c.country,
      ]),
    ).toEqual([
      ['foreign_fighters', 'RU'],
      ['foreign_fighters', 'RU'],
    ]);
  });

  test('dying in a camp or of illness is a death, not a killing', () => {
    expect(shapes('Aid workers said 45 children died in the camp last winter, most of malnutrition.')[0]).toMatchObject({
      value_text: '45',
      metric: 'deaths',
    });
    expect(shapes('Officials said 45 militants died in an airstrike.')[0]).toMatchObject({ value_text: '45', metric: 'killed' });
  });

  test('victims of an attack do not take the nationality of the attackers counted before them', () => {
    const [, victims] = shapes('Police said 12 Somali militants attacked the base. The attack killed 30 civilians.');
    expect(victims).toMatchObject({ value_text: '30', metric: 'victims_killed', country: null });
  });

  test('pre-trial detention and remand are detention', () => {
    const [, held] = shapes(
      'Interior Minister Karl Nehammer said 96 Austrians were still in Syria, adding that 23 were in pre-trial detention.',
    );
    expect(held).toMatchObject({ value_text: '23', metric: 'arrested', claimant: 'Karl Nehammer' });
    expect(shapes('Police said 14 suspects were remanded.')[0].metric).toBe('arrested');
  });

  test('a label word set apart by a comma labels nothing: "According to the report, 1,200 children…"', () => {
    expect(shapes('According to the report, 1,200 children remain in the camps.')).toEqual([
      expected({ value_text: '1,200', value: 1200, metric: 'in_camps', claimant: 'report', mention: 'the report', cue: 'According to' }),
    ]);
    expect(shapes('Under Article 9 of the law, 40 people were charged.').map((c) => c.value_text)).toEqual(['40']);
  });
});

describe('speakers of a transcript', () => {
  test('an answer labelled with who gives it: "A (Deputy Interior Minister Rustam Nazarzoda):", in a Q&A', () => {
    const qa = [
      'Q: How many Tajik citizens are still in Syria?',
      'A (Deputy Interior Minister Rustam Nazarzoda): About 600 remain there.',
      '',
      'Q: And how many came back?',
      'A: We brought back 84 last year.',
    ].join('\n');
    const minister = { claimant: 'Rustam Nazarzoda', country: 'TJ' };
    expect(shapes(qa, { published: '2025-06-01' })).toEqual([
      expected({
        value_text: 'About 600',
        value: 600,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        mention: 'Deputy Interior Minister Rustam Nazarzoda',
        as_of: '2025-06-01',
        ...minister,
      }),
      expected({ value_text: '84', value: 84, metric: 'returnees', as_of: '2024', ...minister }),
    ]);
  });

  const HANSARD =
    'Committee Hansard\n\nSenator JONES: How many are left?\nMs SMITH (Home Affairs): About 40 Australians remain in Syria. Of those, 12 are children.\n\nSenator JONES: So 300 fighters died?';
  test('a speaker label holds for its whole turn, up to the next label; "we" in a turn is the speaker', () => {
    expect(run(HANSARD).candidates.map((c) => [c.value_text, c.claimant?.name, c.claimant?.mention ?? null])).toEqual([
      ['About 40', 'Ms Smith (Home Affairs)', 'Ms SMITH (Home Affairs)'],
      ['12', 'Ms Smith (Home Affairs)', null],
      ['300', 'Senator Jones', 'Senator JONES'],
    ]);
    expect(run('Mr BURGESS: We assessed that 46 women had travelled.\nSenator JONES: Thank you.').candidates[0].claimant?.name).toBe(
      'Mr Burgess',
    );
  });

  test('one label is no transcript: a dateline, a heading or a place before a colon names no speaker', () => {
    expect(shapes('BAGHDAD: Nine French jihadists were sentenced to death.')[0].claimant).toBeNull();
    expect(shapes('Key findings: 300 children live in the camp.\nNote: 40 died.').map((c) => c.claimant)).toEqual([null, null]);
  });
});

describe('a text speaking of itself', () => {
  const opts = { author: 'Alex Schmid' };
  test('"This report finds…" and "It …" after it are the document\'s author\'s, named by the words that refer to the text', () => {
    expect(run('This report finds that 1,200 children remain in the camps.', opts).candidates[0].claimant).toEqual({
      name: 'Alex Schmid',
      mention: 'This report',
      actor_id: null,
      new: true,
    });
    const brief = run(
      'This Policy Brief - a short version of a paper - focuses on fighters. It counts more than 3,500 recruits in 2012.',
      opts,
    ).candidates;
    expect(brief.map((c) => [c.value_text, c.claimant?.name, c.claimant?.mention])).toEqual([['more than 3,500', 'Alex Schmid', 'It']]);
  });

  test('an impersonal "It is…" is no reference to the text; with no author known nobody is named', () => {
    // the report's own voice carries into the next sentence, but "It is likely" is not the report speaking as "It"
    expect(run('This report covers Syria. It is likely that 300 fighters remain.', opts).candidates[0].claimant).toEqual({
      name: 'Alex Schmid',
      mention: null,
      actor_id: null,
      new: true,
    });
    expect(run('This report finds that 1,200 children remain in the camps.').candidates[0].claimant).toBeNull();
  });
});
