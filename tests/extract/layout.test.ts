/**
 * Rules that read a figure's scope from how the text is laid out: the date governing its sentence or section, the
 * country heading its list item or section, the state whose authorities count their own cases, a breakdown in
 * brackets, a list's status. Sentences written for these tests.
 */
import { expected, run, shapes } from './support';

const at = { published: '2025-03-01' };

describe('when a figure holds: the time expression governing it', () => {
  test('the one date its sentence states governs every figure of it, wherever it stands', () => {
    expect(shapes('Police arrested 67 suspects and charged 23 of them with terrorism offences in 2022.', at).map((c) => c.as_of)).toEqual([
      '2022',
      '2022',
    ]);
  });

  test('"end-2019", "in the year 2020" and a year opening a sentence are dates; the year is no count', () => {
    expect(shapes('At end-2019, 45 Finnish children remained in Syria.', at)[0]).toMatchObject({ value_text: '45', as_of: '2019' });
    expect(shapes('A total of 35 people were convicted in the year 2020.', at)[0]).toMatchObject({ value_text: '35', as_of: '2020' });
    expect(shapes('2019 saw the return of 120 women to Tajikistan.', at)).toEqual([
      expected({ value_text: '120', value: 120, metric: 'returnees', country: 'TJ', as_of: '2019' }),
    ]);
  });

  test('a heading or a line ending with a colon that states a year frames the figures under it', () => {
    const text =
      'Annual figures\n\nThe service publishes its figures each spring.\n\nThe situation in 2024\n\nPolice arrested 67 suspects. Prosecutors charged 23 people.';
    expect(shapes(text, at).map((c) => [c.value_text, c.as_of])).toEqual([
      ['67', '2024'],
      ['23', '2024'],
    ]);
    expect(shapes('The data for 2022 show the following:\nPolice arrested 67 suspects.', at)[0].as_of).toBe('2022');
  });

  test('a year in a sentence with figures of its own does not date the next sentence; "since" starts a count', () => {
    expect(shapes('In 2016, 150 Kazakhs were killed in Syria. Police arrested 20 people.', at).map((c) => c.as_of)).toEqual([
      '2016',
      '2025-03-01',
    ]);
    expect(shapes('Since 2014, 300 people have returned to Tajikistan.', at)[0].as_of).toBe('2025-03-01');
  });

  test('a date inside a clause opened by "since" starts a count too: the count holds when it is stated', () => {
    const asOf = (t: string) => shapes(t, at).map((c) => [c.value_text, c.as_of]);
    expect(asOf('Since the first flight in March 2019, Uzbekistan has brought home 531 women and children.')).toEqual([
      ['531', '2025-03-01'],
    ]);
    expect(asOf('Police have arrested 48 suspects since the new law came into force in 2021.')).toEqual([['48', '2025-03-01']]);
    // a comma closes the "since" clause: the date after it is the figure's own
    expect(asOf('Since then, in 2023, 60 people returned to Kosovo.')).toEqual([['60', '2023']]);
  });

  test('parts of a year hold at their end; "last month", "a year ago", "on 14 October" and "as of the end of September" are read', () => {
    const asOf = (t: string) => shapes(t, at).map((c) => [c.value_text, c.as_of]);
    expect(asOf('In the first half of 2024, prosecutors charged 14 people; in the second half of 2023, 9.')).toEqual([
      ['14', '2024-06'],
      ['9', '2023-12'],
    ]);
    expect(asOf('Police arrested 31 people in the third quarter of 2024.')).toEqual([['31', '2024-09']]);
    expect(asOf('The minister said last month that 60 Belgians remained in Syria.')).toEqual([['60', '2025-02']]);
    expect(asOf('A year ago, 75 Dutch women were held in the camps.')).toEqual([['75', '2024-03']]);
    expect(asOf('Two months ago the agency still counted 40 Dutch adults.')).toEqual([['40', '2025-01']]);
    // a day and month without a year: the last such day on or before the publication date
    expect(asOf('On 14 October, the FSB director said 1,500 Russians were fighting abroad.')).toEqual([['1,500', '2024-10-14']]);
    expect(asOf('Some 500 Tajiks are living in camps, the minister told reporters on February 27.')).toEqual([['Some 500', '2025-02-27']]);
    expect(asOf('The prosecutor said that, as of the end of September, 112 people were held in pre-trial detention.')).toEqual([
      ['112', '2024-09'],
    ]);
  });

  test('a period the figure is compared with does not date it', () => {
    expect(shapes('Similarly to 2016, police arrested 412 people.', at)[0].as_of).toBe('2025-03-01');
    expect(shapes('Police arrested 90 people, more than in 2019.', at)[0].as_of).toBe('2025-03-01');
    expect(shapes('Compared with 2021, 35 more people were convicted in 2023.', at)[0].as_of).toBe('2023');
    // a year after an earlier figure is that figure's own date
    expect(shapes('Police arrested 500 people in 2023, up from 300 in 2022.', at).map((c) => [c.value_text, c.as_of])).toEqual([
      ['500', '2023'],
      ['300', '2022'],
    ]);
  });
});

describe('metric: the status verb over the nouns of a breakdown', () => {
  test('"handed over 142 (27 women and 115 children)": no bound, and the breakdown is part of the figure with its status', () => {
    // (handed over to a state: its custody, not necessarily its nationals)
    expect(shapes('Iraq handed over 142 (27 women and 115 children) to Kyrgyzstan.', at)).toEqual([
      expected({ value_text: '142', value: 142, metric: 'transferred', country: null, as_of: '2025-03-01' }),
      expected({ value_text: '27', value: 27, metric: 'transferred', country: null, as_of: '2025-03-01', relations: ['part_of c1'] }),
      expected({ value_text: '115', value: 115, metric: 'transferred', country: null, as_of: '2025-03-01', relations: ['part_of c1'] }),
    ]);
  });

  test("a list goes on with its item, not with the item's breakdown", () => {
    const got = shapes('Returnees by country: Russia 142 (27 women and 115 children); Kyrgyzstan 97; Sweden and Denmark together 11.', at);
    expect(got.map((c) => [c.value_text, c.metric, c.country])).toEqual([
      ['142', 'returnees', 'RU'],
      ['27', 'returnees', 'RU'],
      ['115', 'returnees', 'RU'],
      ['97', 'returnees', 'KG'],
      ['11', 'returnees', ['SE', 'DK']],
    ]);
  });

  test('a bare list item takes the status its sentence states after the list', () => {
    expect(
      shapes('Tajikistan 84, Kyrgyzstan 59 and Kazakhstan 37 were repatriated in May 2023.', at).map((c) => [c.metric, c.country, c.as_of]),
    ).toEqual([
      ['returnees', 'TJ', '2023-05'],
      ['returnees', 'KG', '2023-05'],
      ['returnees', 'KZ', '2023-05'],
    ]);
  });

  test('chargesheeted accused are charged; people at large are wanted; living in al-Hol is in a camp', () => {
    expect(shapes('The NIA has chargesheeted 56 accused in the case.', at)[0]).toMatchObject({ value_text: '56', metric: 'charged' });
    expect(shapes('The police arrested 40 people. 12 are still at large.', at).map((c) => c.metric)).toEqual(['arrested', 'wanted']);
    expect(shapes('About 10,000 people live in al-Hol.', at)[0]).toMatchObject({ metric: 'in_camps' });
  });
});

describe('country: from the layout of the text', () => {
  test('the country heading a list item wins, pairs give a list, and people brought to countries are theirs', () => {
    const text =
      'By country of origin the returnees were: Iraq 1,905 persons; the Russian Federation 142; Türkiye 40; the remaining three to Canada, Austria and Finland.';
    expect(shapes(text, at).map((c) => [c.value_text, c.country])).toEqual([
      ['1,905', 'IQ'],
      ['142', 'RU'],
      ['40', 'TR'],
      ['three', ['CA', 'AT', 'FI']],
    ]);
  });

  test('a fact box line "France: 41 returnees" and a paragraph headed by a country\'s name', () => {
    expect(shapes('Returns by country\n\nFrance: 41 returnees\nBelgium — 17 returnees', at).map((c) => c.country)).toEqual(['FR', 'BE']);
    const text = 'Finland. Supo counts 80 persons who travelled to the conflict zone.\n\nSweden. Säpo counts about 300 travellers.';
    expect(shapes(text, at).map((c) => [c.value_text, c.country])).toEqual([
      ['80', 'FI'],
      ['about 300', 'SE'],
    ]);
  });

  test('a colon right before a figure labels it with its country; a breakdown key ("by country") is not what is counted', () => {
    expect(
      shapes('Returnees, as of June. Bosnia and Herzegovina: 323 (188 men, 61 women, 74 children). Serbia: 49. Montenegro: 26–29.', at).map(
        (c) => [c.value_text, c.country],
      ),
    ).toEqual([
      ['323', 'BA'],
      ['188', 'BA'],
      ['61', 'BA'],
      ['74', 'BA'],
      ['49', 'RS'],
      ['26–29', 'ME'],
    ]);
    // the colon further back opens the list: each item is still headed by its own country
    expect(
      shapes('Returnees by country: Bosnia and Herzegovina 323, Serbia 49, Montenegro 26–29.', at).map((c) => [
        c.value_text,
        c.metric,
        c.country,
      ]),
    ).toEqual([
      ['323', 'returnees', 'BA'],
      ['49', 'returnees', 'RS'],
      ['26–29', 'returnees', 'ME'],
    ]);
  });

  test('a sentence that opens with a country tells of its people, not of the country carried from the figure before', () => {
    const text =
      'Kyrgyzstan said it had brought back 59 children in March. Kazakhstan, which has repatriated more than 700 of its nationals, is held up as a model. In Kosovo, police counted 117 returnees. In Syria, 40 more are held.';
    expect(shapes(text, at).map((c) => [c.value_text, c.country])).toEqual([
      ['59', 'KG'],
      ['more than 700', 'KZ'],
      ['117', 'XK'],
      // a conflict zone opening the sentence is where they are: the carry goes on
      ['40', 'XK'],
    ]);
  });

  test("a state's police, prosecutors and courts counting their own cases name no nationality (the README's rule)", () => {
    expect(shapes('Kenyan police arrested 14 suspects in Lamu.', at)[0]).toMatchObject({ country: null, metric: 'arrested' });
    expect(shapes('In Uganda, the police arrested 40 people suspected of links to the ADF.', at)[0].country).toBeNull();
    expect(shapes('Turkish authorities detained 25 ISIS suspects in Istanbul.', at)[0].country).toBeNull();
    expect(shapes('The prosecution office of North Macedonia charged seven persons.', at)[0].country).toBeNull();
    // …and stop the country of the figure before from carrying into them; a nationality stated still counts
    const text = 'Some 300 Kenyans have joined al-Shabaab. Kenyan police arrested 14 suspects in Lamu.';
    expect(shapes(text, at).map((c) => c.country)).toEqual(['KE', null]);
    expect(shapes('Kenyan police arrested 14 Somalis in Lamu.', at)[0].country).toBe('SO');
    // a place inside a country says where, and people from a place are from there, not the authority's
    expect(shapes('Police in Bavaria arrested 12 men.', at)[0].country).toBeNull();
    // killed fighters are no case count: no nationality follows from the army that killed them
    expect(shapes('Nigerian troops killed 35 Boko Haram fighters near Maiduguri.', at)[0].country).toBeNull();
  });

  test("a state's agency counts its own nationals, and the country people left is theirs", () => {
    expect(shapes('Danish intelligence estimates that at least 160 people have travelled to Syria.', at)[0].country).toBe('DK');
    expect(shapes('Officials say 1,150 people left Germany for Syria and Iraq.', at)[0].country).toBe('DE');
  });

  test('"foreign fighters from" a named place are its people: the term for travellers, not foreigners of unnamed countries', () => {
    expect(
      shapes(
        'Of the 5,600 foreign terrorist fighters from Western Europe, 1,700 had returned. Some 400 foreign fighters were held.',
        at,
      ).map((c) => [c.value_text, c.country]),
    ).toEqual([
      ['5,600', '155'],
      ['1,700', '155'],
      ['Some 400', null],
    ]);
  });

  test('foreigners named in the predicate or as non-nationals are foreign nationals (no single country)', () => {
    for (const sentence of [
      'Of the 120 people arrested, 30 were foreigners.',
      'Police detained 14 non-nationals in the raid.',
      'Security forces arrested 41 people of foreign nationality.',
    ]) {
      const last = run(sentence, at).candidates.pop()!;
      expect(last.country).toBeNull();
      expect(last.reasons.country).toBe('foreign nationals of several countries');
    }
  });
});
