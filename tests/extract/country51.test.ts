/**
 * Country on unseen text, third round (extract51): the people a figure's words refer to (a figure joined to the next one
 * that names them, a part taken from a whole named by its number or right after it, a conjunct whose noun the sentence
 * leaves out, citizens), and nationality words that name somebody else (the people recruited, a state's speaker), where
 * people travelled to, a state returning its people and a title opened by a country. Sentences written for these tests
 * in the kinds of source the corpora lack (a live blog, a consular note, a prison inspectorate's report, a UN meeting
 * record, an explainer, an NGO's release); each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };

describe('a figure counts the people the words it is joined to name', () => {
  test('"At least 58 and up to 66 Australians": both bounds count Australians', () => {
    const text = 'At least 58 and up to 66 Australians are believed to have been killed in Syria and Iraq.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'At least 58',
        value: 58,
        value_low: 58,
        approximation: 'at_least',
        metric: 'killed',
        country: 'AU',
        as_of: '2026-03-01',
      }),
      expected({
        value_text: 'up to 66',
        value: 66,
        value_high: 66,
        approximation: 'at_most',
        metric: 'killed',
        country: 'AU',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('"151 dead among the 426 Belgians": the part counts the people of the whole after it', () => {
    const text = 'Belgian intelligence counts 151 dead among the 426 Belgians it has identified.';
    const source = { claimant: 'Belgian intelligence', mention: 'Belgian intelligence', cue: 'counts', as_of: '2026-03-01' };
    expect(shapes(text, at)).toEqual([
      // (a part among the whole after it: extract78)
      expected({ value_text: '151', value: 151, metric: 'killed', country: 'BE', ...source, relations: ['part_of c2'] }),
      expected({ value_text: '426', value: 426, metric: 'killed', country: 'BE', ...source }),
    ]);
  });

  test('"2 of the 14" takes the people of the 14 counted before, not of the figure between', () => {
    const text =
      '09:12 Belgian federal prosecutors say 14 people have been detained in raids in Brussels overnight.\n' +
      '09:40 Dutch police say they detained three suspects in Rotterdam.\n' +
      '10:30 The Netherlands says about 300 Dutch jihadists travelled.\n' +
      '11:50 Belgian officials add that 2 of the 14 were minors.';
    const shown = shapes(text, at);
    expect(shown[0]).toEqual(
      expected({
        value_text: '14',
        value: 14,
        metric: 'arrested',
        claimant: 'Belgian federal prosecutors',
        mention: 'Belgian federal prosecutors',
        cue: 'say',
        as_of: '2026-03-01',
      }),
    );
    expect(shown[2].country).toBe('NL');
    expect(shown[3]).toEqual(expected({ value_text: '2', value: 2, as_of: '2026-03-01', relations: ['part_of c5'] }));
  });

  test('"9 citizens detained in Türkiye and 4 in Germany": the second conjunct counts the same citizens', () => {
    const text =
      'Tajik officials said 40 Tajiks had returned from Syria last year. Consular access has been requested for 9 citizens detained in Türkiye and 4 in Germany.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'returnees',
        country: 'TJ',
        claimant: 'Tajik officials',
        mention: 'Tajik officials',
        cue: 'said',
        as_of: '2025',
      }),
      expected({ value_text: '9', value: 9, metric: 'arrested', country: 'TJ', as_of: '2026-03-01' }),
      expected({ value_text: '4', value: 4, metric: 'arrested', country: 'TJ', as_of: '2026-03-01' }),
    ]);
  });

  test('citizens held abroad are the nationals the text is about, though a police holds them', () => {
    const text =
      "Tajik nationals detained abroad may call the ministry's hotline. The ministry has again warned Tajik citizens against travel to Syria. Consular access has been requested for 9 citizens detained in Türkiye.";
    expect(shapes(text, at)).toEqual([expected({ value_text: '9', value: 9, metric: 'arrested', country: 'TJ', as_of: '2026-03-01' })]);
  });

  test('"Of the French, around 300": a nationality named by its adjective alone heads the part', () => {
    const text =
      'France sent the largest contingent, with about 1,900 people, followed by Germany with 1,050 and Belgium with roughly 500. Of the French, around 300 have died.';
    const shown = shapes(text, at);
    expect(shown.map((s) => s.country)).toEqual(['FR', 'DE', 'BE', 'FR']);
    expect(shown[3]).toEqual(
      expected({
        value_text: 'around 300',
        value: 300,
        approximation: 'approximately',
        metric: 'killed',
        country: 'FR',
        as_of: '2026-03-01',
      }),
    );
  });
});

describe('a nationality word that names other people than those counted', () => {
  test('"Seven convicted of recruiting Albanians": those convicted are of no nationality said', () => {
    expect(shapes('Seven convicted of recruiting Albanians for the war in Syria', at)).toEqual([
      expected({ value_text: 'Seven', value: 7, metric: 'convicted', as_of: '2026-03-01' }),
    ]);
  });

  test('"recruited from Tajikistan" still names the people counted', () => {
    expect(shapes('Some 40 Tajik men were recruited by the network, officials said.', at)[0].country).toBe('TJ');
  });

  test('a state named as the owner of its headquarters or news agency is a speaker, not the text s nationality', () => {
    const text =
      "Nigeria's Defence Headquarters gave no figure, and Nigeria's state news agency NAN did not report one. The justice ministry says 43 suspected members have been charged before the Federal High Court.";
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '43',
        value: 43,
        metric: 'charged',
        claimant: 'justice ministry',
        mention: 'The justice ministry',
        cue: 'says',
        as_of: '2026-03-01',
      }),
    ]);
  });
});

describe('where people went, who brought them back, and a title', () => {
  test('"four had travelled to Syria and returned" are of the prisoners, not brought to Syria', () => {
    expect(shapes('1.1 Of the British prisoners, four had travelled to Syria and returned.', at)).toEqual([
      expected({ value_text: 'four', value: 4, metric: 'returnees', country: 'GB' }),
    ]);
  });

  test('"Russian authorities had returned 340 children": a state returning people returns its own', () => {
    const text = 'Russian authorities had returned 340 children to their families, most of them natives of Dagestan and Chechnya.';
    expect(shapes(text, at)).toEqual([expected({ value_text: '340', value: 340, metric: 'returnees', country: 'RU' })]);
  });

  test('a title opened by a country and a colon frames the text under it', () => {
    const text =
      'Kenya: Families of missing young men demand answers\n\nFamilies in Mombasa say that at least 70 young men from the coast left for Somalia between 2013 and 2016 to join al-Shabaab.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'at least 70',
        value: 70,
        value_low: 70,
        approximation: 'at_least',
        country: 'KE',
        group: 'al-shabaab',
        claimant: 'Families in Mombasa',
        mention: 'Families in Mombasa',
        cue: 'say',
        as_of: '2016',
      }),
    ]);
  });
});
