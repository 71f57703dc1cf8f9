/**
 * Claimants on unseen text (extract42): sources the rules did not read — the writers' own count, a passive of belief with
 * its agent, a body revising its own figure. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

describe('the writers own count is the document author', () => {
  test('"By our count" in the writer voice names the author, the words as the mention', () => {
    const text = 'By our count, 212 Tunisian women are still held in camps in north-east Syria.';
    expect(shapes(text, { ...at, author: 'Families Network' })).toEqual([
      expected({
        value_text: '212',
        value: 212,
        metric: 'in_camps',
        country: 'TN',
        claimant: 'Families Network',
        mention: 'our count',
        cue: 'by',
        as_of: '2026-12-05',
      }),
    ]);
  });

  test('"by my own count from court records" and "by the count of our parishes"', () => {
    const options = { ...at, author: 'Diocese of Kandi' };
    expect(
      shapes('By my own count from court records, 37 members of the cell have been convicted since 2019.', options).map((s) => [
        s.value_text,
        s.metric,
        s.claimant,
        s.mention,
        s.cue,
      ]),
    ).toEqual([['37', 'convicted', 'Diocese of Kandi', 'my own count', 'by']]);
    expect(
      shapes('Since January, by the count of our parishes, 52 villagers have been killed in the north of the diocese.', options),
    ).toEqual([
      expected({
        value_text: '52',
        value: 52,
        metric: 'victims_killed',
        claimant: 'Diocese of Kandi',
        mention: 'our parishes',
        cue: 'by',
        as_of: '2026-12-05',
      }),
    ]);
  });

  test('with no author known the writers count names nobody', () => {
    const [s] = shapes('By our count, 212 Tunisian women are still held in camps in north-east Syria.', at);
    expect([s.claimant, s.mention, s.cue]).toEqual([null, null, null]);
  });

  test('inside a quotation the count is the speaker whose tag closes it (control)', () => {
    const [s] = shapes('"By our count, 80 fighters remain in the hills," the commander said.', { ...at, author: 'Families Network' });
    expect([s.value_text, s.claimant, s.mention, s.cue]).toEqual(['80', 'commander', 'the commander', 'said']);
  });
});

describe('a passive of belief with its agent before an infinitive', () => {
  test('"is believed by the army to number" names the army', () => {
    expect(shapes('The militia is believed by the army to number about 400 fighters.', at)).toEqual([
      expected({
        value_text: 'about 400',
        value: 400,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'army',
        mention: 'the army',
        cue: 'believed by',
        as_of: '2026-12-05',
      }),
    ]);
  });

  test('the agent after ", but" speaks for its own clause, not the figure before', () => {
    const text = 'Some 2,000 people were detained in the sweep, but only about 300 of them were judged by the police to be militants.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'Some 2,000', value: 2000, approximation: 'approximately', metric: 'arrested', as_of: '2026-12-05' }),
      expected({
        value_text: 'about 300',
        value: 300,
        approximation: 'approximately',
        metric: 'arrested',
        claimant: 'police',
        mention: 'the police',
        cue: 'judged by',
        hedge: 'only',
        as_of: '2026-12-05',
        relations: ['part_of c1'],
      }),
    ]);
  });
});

describe('a body revising a figure of its own states it', () => {
  test('"has revised its estimate … from 1,600 to 1,660": both figures the ministry', () => {
    const text = 'The interior ministry has revised its estimate of Moroccans in Syria from 1,600 to 1,660.';
    const claimed = { metric: 'foreign_fighters', country: 'MA', claimant: 'interior ministry', mention: 'The interior ministry' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '1,600', value: 1600, ...claimed, cue: 'has revised', as_of: '2026-12-05' }),
      expected({ value_text: '1,660', value: 1660, ...claimed, cue: 'has revised', as_of: '2026-12-05', relations: ['supersedes c1'] }),
    ]);
  });

  test('"later raised the death toll to 45" names the army', () => {
    const text = 'The bomb struck a crowded market on Friday. The army later raised the death toll to 45.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '45',
        value: 45,
        metric: 'victims_killed',
        claimant: 'army',
        mention: 'The army',
        cue: 'raised',
        as_of: '2026-12-05',
      }),
    ]);
  });
});

describe('an adverb between the subject and its verb of saying', () => {
  test('"have long said", "has finally admitted", "privately put": the subject before the adverb states the figure', () => {
    expect(shapes('Opposition deputies have long said that more than 900 people were detained after the protests.', at)).toEqual([
      expected({
        value_text: 'more than 900',
        value: 900,
        value_low: 900,
        approximation: 'more_than',
        metric: 'arrested',
        claimant: 'Opposition deputies',
        mention: 'Opposition deputies',
        cue: 'said',
        as_of: '2026-12-05',
      }),
    ]);
    const text = [
      'The Justice Minister has finally admitted, in a written answer, that 64 returnees are under investigation.',
      'Local officials privately put the number of recruits from the district at 150 to 200.',
    ].join('\n\n');
    expect(shapes(text, at).map((s) => [s.value_text, s.metric, s.claimant, s.mention, s.cue])).toEqual([
      ['64', 'under_investigation', 'Justice Minister', 'The Justice Minister', 'admitted'],
      ['150 to 200', 'foreign_fighters', 'Local officials', 'Local officials', 'put'],
    ]);
  });

  test('"have spoken of" is "spoke of" in the perfect', () => {
    const [s] = shapes('Church leaders have spoken of "at least 70 villagers" abducted since June.', at);
    expect([s.value_text, s.claimant, s.mention, s.cue]).toEqual(['at least 70', 'Church leaders', 'Church leaders', 'have spoken of']);
  });
});

describe('a source giving a figure in other words', () => {
  test('"gives a markedly higher figure, 1,400" names the body that gives it', () => {
    const text = 'The army counted 800 recruits in the province. The interior ministry gives a markedly higher figure, 1,400.';
    expect(shapes(text, at).map((s) => [s.value_text, s.claimant, s.mention, s.cue])).toEqual([
      ['800', 'army', 'The army', 'counted'],
      ['1,400', 'interior ministry', 'The interior ministry', 'gives'],
    ]);
  });

  test('annual reports that "give a total of 212": the reports, not the words before their noun', () => {
    expect(shapes("The prison service's annual reports give a total of 212 inmates convicted of terrorism offences.", at)).toEqual([
      expected({
        value_text: '212',
        value: 212,
        metric: 'convicted',
        group: 'terrorism-all',
        claimant: "prison service's annual reports",
        mention: "The prison service's annual reports",
        cue: 'give',
        as_of: '2026-12-05',
      }),
    ]);
  });
});

describe('an inverted tag with a verb that also describes, before a name or a body', () => {
  test('", say officials in Maiduguri" and a headline ending ", declares Interior Ministry"', () => {
    expect(shapes("About 2,300 suspected militants are held in the country's prisons, say officials in Maiduguri.", at)).toEqual([
      expected({
        value_text: 'About 2,300',
        value: 2300,
        approximation: 'approximately',
        metric: 'arrested',
        claimant: 'officials in Maiduguri',
        mention: 'officials in Maiduguri',
        cue: 'say',
        as_of: '2026-12-05',
      }),
    ]);
    const [s] = shapes('Some 800 Kenyan youths have returned from Somalia, declares Interior Ministry', at);
    expect([s.value_text, s.metric, s.country, s.claimant, s.mention, s.cue]).toEqual([
      'Some 800',
      'returnees',
      'KE',
      'Interior Ministry',
      'Interior Ministry',
      'declares',
    ]);
  });

  test('"declared dead at the scene" names nobody (control)', () => {
    const [s] = shapes('Three civilians were found on the road, declared dead at the scene by medics.', at);
    expect([s.value_text, s.claimant, s.cue]).toEqual(['Three', null, null]);
  });
});

describe('an unnamed source with the clause that says why', () => {
  test('"a senior police officer who asked not to be named put…": the officer, unnamed, with the clause in the mention', () => {
    const text =
      'In a television interview, a senior police officer who asked not to be named put the number of recruits from the district at "more than 150".';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'more than 150',
        value: 150,
        value_low: 150,
        approximation: 'more_than',
        claimant: 'senior police officer (unnamed)',
        mention: 'a senior police officer who asked not to be named',
        cue: 'put',
        as_of: '2026-12-05',
      }),
    ]);
  });

  test('"who spoke on condition of anonymity" and "who was not authorised to speak"', () => {
    const text = [
      'A diplomat who spoke on condition of anonymity said about 40 foreign fighters had crossed the border.',
      'An army officer who was not authorised to speak to the media told Reuters that 12 soldiers were killed.',
    ].join('\n\n');
    expect(shapes(text, at).map((s) => [s.value_text, s.claimant, s.mention])).toEqual([
      ['about 40', 'diplomat (unnamed)', 'A diplomat who spoke on condition of anonymity'],
      ['12', 'army officer (unnamed)', 'An army officer who was not authorised to speak to the media'],
    ]);
  });
});

describe('a bracketed citation of a body and its year', () => {
  test('"(SSB annual report 2024, p. 9)" names the body, the citation as the mention', () => {
    const cited = { claimant: 'SSB', mention: 'SSB annual report 2024', as_of: '2026-12-05' };
    expect(shapes('Returns: 31 returnees, 12 of them prosecuted (SSB annual report 2024, p. 9).', at)).toEqual([
      expected({ value_text: '31', value: 31, metric: 'returnees', ...cited }),
      expected({ value_text: '12', value: 12, metric: 'charged', ...cited, relations: ['part_of c1'] }),
    ]);
  });

  test('a month and year in brackets is a date, and a verb of saying in the sentence comes first (controls)', () => {
    const [dated] = shapes('Some 300 were arrested (June 2025).', at);
    expect([dated.value_text, dated.claimant, dated.as_of]).toEqual(['Some 300', null, '2025-06']);
    const [said] = shapes('The ministry said 40 fighters had returned (Europol 2024).', at);
    expect([said.value_text, said.claimant, said.mention, said.cue]).toEqual(['40', 'ministry', 'The ministry', 'said']);
  });
});

describe('the recitals of a decree', () => {
  test('"That the Ministry …, in its report of…, stated that" and "Whereas the Ministry reports that": the ministry', () => {
    const text = [
      'That the Ministry of Justice, in its report of 3 March 2026, stated that at least 412 of the persons apprehended were adolescents;',
      'Whereas the Prison Service reports that approximately 3,100 inmates belong to armed groups;',
    ].join('\n\n');
    expect(shapes(text, at).map((s) => [s.value_text, s.claimant, s.mention, s.cue])).toEqual([
      ['at least 412', 'Ministry of Justice', 'the Ministry of Justice', 'stated'],
      ['approximately 3,100', 'Prison Service', 'the Prison Service', 'reports'],
    ]);
  });

  test('"That report counted…" keeps its demonstrative (control)', () => {
    const [s] = shapes('That report counted 40 fighters.', at);
    expect([s.value_text, s.claimant, s.mention, s.cue]).toEqual(['40', 'report', 'That report', 'counted']);
  });
});
