/**
 * Field assignment by linguistic principle (claimant, group, country, as_of, metric), on sentences written for these
 * tests in the styles of wire copy, government releases, think-tank and UN reports; each asserts every candidate whole.
 */
import { expected, shapes } from './support';

describe('what a claimant is', () => {
  test("a source noun stands for its author: figures from, a report by, an organisation's report", () => {
    expect(shapes('Figures from the United Nations show that some 1,900 Tajiks remain in Syria.')).toEqual([
      expected({
        value_text: 'some 1,900',
        value: 1900,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        country: 'TJ',
        claimant: 'United Nations',
        mention: 'Figures from the United Nations',
        cue: 'show',
      }),
    ]);
    expect(shapes('Around 300 Kosovars travelled, according to a 2018 report by the Regional Cooperation Council.')).toEqual([
      expected({
        value_text: 'Around 300',
        value: 300,
        approximation: 'approximately',
        country: 'XK',
        claimant: 'Regional Cooperation Council',
        mention: 'a 2018 report by the Regional Cooperation Council',
        cue: 'according to',
        as_of: '2018',
      }),
    ]);
    expect(shapes('A UN Security Council report estimates that 30,000 foreign fighters joined.')).toEqual([
      expected({
        value_text: '30,000',
        value: 30000,
        country: '001',
        claimant: 'UN Security Council',
        mention: 'A UN Security Council report',
        cue: 'estimates',
      }),
    ]);
  });

  test('"estimates from X" is a noun, not a verb whose subject is "Latest"', () => {
    expect(shapes('Latest estimates from security agencies in Central Asia suggest that 4,000 Central Asians joined the group.')).toEqual([
      expected({
        value_text: '4,000',
        value: 4000,
        country: '143',
        claimant: 'security agencies in Central Asia',
        mention: 'Latest estimates from security agencies in Central Asia',
        cue: 'estimates from',
      }),
    ]);
  });

  test('unnamed estimates name nobody, and nothing is carried from them into the next sentence', () => {
    expect(
      shapes(
        'Interior Minister Jan Novak said the threat was growing. About 200 Czechs went to Syria, according to estimates. Some 40 of them were killed.',
      ),
    ).toEqual([
      expected({ value_text: 'About 200', value: 200, approximation: 'approximately', country: 'CZ' }),
      expected({
        value_text: 'Some 40',
        value: 40,
        approximation: 'approximately',
        metric: 'killed',
        country: 'CZ',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('a named source outranks a generic one in the same sentence', () => {
    expect(shapes('Officials said 70 Kyrgyz women were held in al-Hol camp, according to the Foreign Ministry.')).toEqual([
      expected({
        value_text: '70',
        value: 70,
        metric: 'in_camps',
        country: 'KG',
        claimant: 'Foreign Ministry (Kyrgyzstan)',
        mention: 'the Foreign Ministry',
        cue: 'according to',
      }),
    ]);
  });

  test('an inverted tag without quotation marks; "told X" makes X the listener, not the speaker', () => {
    expect(shapes('About 850 Kyrgyz citizens have travelled to Syria, said Interior Minister Ulan Niyazbekov.')).toEqual([
      expected({
        value_text: 'About 850',
        value: 850,
        approximation: 'approximately',
        country: 'KG',
        claimant: 'Ulan Niyazbekov',
        mention: 'Interior Minister Ulan Niyazbekov',
        cue: 'said',
      }),
    ]);
    expect(
      shapes(
        'Of the 1,900 Tajiks who went, about 300 were killed, a spokesman for the Interior Ministry, Abdurahmon Alamshozoda, told RFE/RL.',
      ),
    ).toEqual([
      expected({
        value_text: '1,900',
        value: 1900,
        country: 'TJ',
        claimant: 'Abdurahmon Alamshozoda',
        mention: 'a spokesman for the Interior Ministry, Abdurahmon Alamshozoda',
        cue: 'told RFE/RL',
        relayed_by: 'RFE/RL',
      }),
      expected({
        value_text: 'about 300',
        value: 300,
        approximation: 'approximately',
        metric: 'killed',
        country: 'TJ',
        claimant: 'Abdurahmon Alamshozoda',
        mention: 'a spokesman for the Interior Ministry, Abdurahmon Alamshozoda',
        cue: 'told RFE/RL',
        relayed_by: 'RFE/RL',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('appositives: an indefinite description after a name, a titled surname before a role, a place opening the sentence', () => {
    expect(shapes('The Soufan Group, a New York-based security consultancy, estimates that 5,600 Russians went to Syria.')).toEqual([
      expected({
        value_text: '5,600',
        value: 5600,
        country: 'RU',
        claimant: 'Soufan Group',
        mention: 'The Soufan Group',
        cue: 'estimates',
      }),
    ]);
    expect(shapes('Mr Smith, the head of the European Commission’s counter-terrorism unit, said 5,000 Europeans had travelled.')).toEqual([
      expected({ value_text: '5,000', value: 5000, country: '150', claimant: 'Smith', mention: 'Mr Smith', cue: 'said' }),
    ]);
    expect(shapes('In Kenya, police say more than 100 young Kenyans have joined al-Shabaab in Somalia.')).toEqual([
      expected({
        value_text: 'more than 100',
        value: 100,
        value_low: 100,
        approximation: 'more_than',
        country: 'KE',
        group: 'al-shabaab',
        claimant: 'police',
        mention: 'police',
        cue: 'say',
      }),
    ]);
  });

  test('a person named after a possessor is the person; a participle "published by X" names the author; a bare conjunction is no subject', () => {
    expect(
      shapes(
        '"There are about 1,000 of our citizens in Syria," Kosovo\'s President Hashim Thaci told the BBC. He added that 110 had been repatriated.',
      ),
    ).toEqual([
      expected({
        value_text: 'about 1,000',
        value: 1000,
        approximation: 'approximately',
        country: 'XK',
        claimant: 'Hashim Thaci',
        mention: "Kosovo's President Hashim Thaci",
        cue: 'told the BBC',
        relayed_by: 'BBC',
      }),
      expected({
        value_text: '110',
        value: 110,
        metric: 'returnees',
        country: 'XK',
        claimant: 'Hashim Thaci',
        mention: 'He',
        cue: 'added',
      }),
    ]);
    expect(
      shapes('The report, published by the Combating Terrorism Center, found that 41,490 people from 80 countries joined IS.'),
    ).toEqual([
      expected({
        value_text: '41,490',
        value: 41490,
        country: '001',
        group: 'islamic-state',
        claimant: 'Combating Terrorism Center',
        mention: 'published by the Combating Terrorism Center',
        cue: 'found',
      }),
    ]);
    expect(
      shapes(
        'The Home Office said 360 people had returned to the UK. A spokesperson declined to give details, but said 40 were in prison.',
      ),
    ).toEqual([
      expected({
        value_text: '360',
        value: 360,
        metric: 'returnees',
        country: 'GB',
        claimant: 'Home Office (United Kingdom)',
        mention: 'The Home Office',
        cue: 'said',
      }),
      // (the second verb after ", but" has the first one's subject, as it has without the comma)
      expected({
        value_text: '40',
        value: 40,
        metric: 'arrested',
        country: 'GB',
        claimant: 'spokesperson',
        mention: 'A spokesperson',
        cue: 'said',
      }),
    ]);
  });

  test("two sources set against each other: each figure takes its own clause's source", () => {
    expect(shapes('Analysts believe that 2,000 Egyptians fought in Syria, although the interior ministry puts the figure at 600.')).toEqual(
      [
        expected({ value_text: '2,000', value: 2000, country: 'EG', claimant: 'Analysts', mention: 'Analysts', cue: 'believe' }),
        expected({
          value_text: '600',
          value: 600,
          country: 'EG',
          claimant: 'interior ministry',
          mention: 'the interior ministry',
          cue: 'puts',
        }),
      ],
    );
  });

  test('an attribution carries into the neighbouring sentence of its paragraph only', () => {
    expect(
      shapes(
        'The Serbian Interior Ministry said 90 Serbs had gone to Syria. Some 30 have come back. Twelve Serbs were convicted in 2019.\nAnother 15 Serbs are on trial.',
      ),
    ).toEqual([
      expected({
        value_text: '90',
        value: 90,
        country: 'RS',
        claimant: 'Serbian Interior Ministry',
        mention: 'The Serbian Interior Ministry',
        cue: 'said',
      }),
      expected({
        value_text: 'Some 30',
        value: 30,
        approximation: 'approximately',
        metric: 'returnees',
        country: 'RS',
        claimant: 'Serbian Interior Ministry',
      }),
      expected({ value_text: 'Twelve', value: 12, metric: 'convicted', country: 'RS', as_of: '2019' }),
      expected({ value_text: '15', value: 15, metric: 'awaiting_trial', country: 'RS' }),
    ]);
  });
});

describe("group: named in the sentence, the whole's, or framed by the headline and lead", () => {
  test("a group named in a later paragraph is not carried back into figures that name none; its own paragraph's are framed by it", () => {
    expect(
      shapes(
        'Belgium brings home its jihadists\n\nSome 400 Belgians went to Syria.\n\nPolice said 120 of them had joined ISIS. Courts have convicted 60 Belgian returnees.',
      ),
    ).toEqual([
      expected({ value_text: 'Some 400', value: 400, approximation: 'approximately', country: 'BE' }),
      expected({
        value_text: '120',
        value: 120,
        country: 'BE',
        group: 'islamic-state',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        relations: ['part_of c1'],
      }),
      // "Police" is a description: not carried into the next sentence
      expected({ value_text: '60', value: 60, metric: 'convicted', country: 'BE', group: 'islamic-state' }),
    ]);
  });

  test("a headline's group frames the figures of the text; a part takes its whole's group", () => {
    expect(
      shapes(
        'Hundreds of Moroccans still fight for Islamic State\n\nRabat estimates that 1,600 Moroccans travelled.\n\nThe ministry says 300 Moroccans have come home, 50 of whom were jailed.',
      ),
    ).toEqual([
      expected({ value_text: 'Hundreds of', approximation: 'vague', country: 'MA', group: 'islamic-state' }),
      expected({
        value_text: '1,600',
        value: 1600,
        country: 'MA',
        group: 'islamic-state',
        claimant: 'Rabat',
        mention: 'Rabat',
        cue: 'estimates',
      }),
      expected({
        value_text: '300',
        value: 300,
        metric: 'returnees',
        country: 'MA',
        group: 'islamic-state',
        claimant: 'ministry',
        mention: 'The ministry',
        cue: 'says',
      }),
      expected({
        value_text: '50',
        value: 50,
        metric: 'arrested',
        country: 'MA',
        group: 'islamic-state',
        claimant: 'ministry',
        mention: 'The ministry',
        cue: 'says',
        relations: ['part_of c3'],
      }),
    ]);
  });
});

describe('country: whose nationals', () => {
  test('a named set of nationalities is a list; people from many countries are the world; "N from France" is an origin', () => {
    expect(shapes('About 1,200 Dutch and Belgian fighters went to Syria.')).toEqual([
      expected({ value_text: 'About 1,200', value: 1200, approximation: 'approximately', country: ['NL', 'BE'] }),
    ]);
    expect(
      shapes(
        'More than 40,000 foreign fighters from 110 countries travelled to Syria and Iraq, the UN says. About 5,000 came from Europe, including 1,900 from France.',
      ),
    ).toEqual([
      expected({
        value_text: 'More than 40,000',
        value: 40000,
        value_low: 40000,
        approximation: 'more_than',
        country: '001',
        claimant: 'UN',
        mention: 'the UN',
        cue: 'says',
      }),
      expected({ value_text: 'About 5,000', value: 5000, approximation: 'approximately', country: '150', claimant: 'UN' }),
      expected({ value_text: '1,900', value: 1900, country: 'FR', claimant: 'UN', relations: ['part_of c2'] }),
    ]);
  });

  test('people brought back to a country are its nationals, also past a part set in the whole', () => {
    expect(shapes('A total of 74 people, among them 54 children, have been flown back to Kazakhstan.')).toEqual([
      expected({ value_text: '74', value: 74, metric: 'returnees', country: 'KZ' }),
      expected({ value_text: '54', value: 54, metric: 'returnees', country: 'KZ', relations: ['part_of c1'] }),
    ]);
  });

  test("a camp's whole population has no nationality and counts people in camps", () => {
    expect(shapes('The Kurdish-run al-Hol camp in Syria holds some 60,000 people.')).toEqual([
      expected({ value_text: 'some 60,000', value: 60000, approximation: 'approximately', metric: 'in_camps' }),
    ]);
  });

  test("regions of the README's aggregates are in the vocabulary: Maghreb, Middle East, Former Soviet Union", () => {
    expect(
      shapes('Some 5,000 fighters from the Maghreb and the Middle East joined the group. About 8,000 came from the Former Soviet Union.'),
    ).toEqual([
      expected({ value_text: 'Some 5,000', value: 5000, approximation: 'approximately', country: ['MAGHREB', 'MIDEAST'] }),
      expected({ value_text: 'About 8,000', value: 8000, approximation: 'approximately', country: 'FSU' }),
    ]);
  });

  test('nationality nouns: Serbs, Poles, Czechs, Croats', () => {
    expect(shapes('Some 50 Serbs, 20 Poles, 10 Czechs and 5 Croats joined.').map((c) => c.country)).toEqual(['RS', 'PL', 'CZ', 'HR']);
  });
});

describe('as_of: when the figure holds', () => {
  test("a figure the text does not date holds at the dated article's date; one told in the past perfect does not", () => {
    expect(
      shapes('Sweden says 150 Swedes have returned. Earlier, officials had put the number of Swedish returnees at 120.', {
        published: '2019-03-04',
      }),
    ).toEqual([
      expected({
        value_text: '150',
        value: 150,
        metric: 'returnees',
        country: 'SE',
        claimant: 'Sweden',
        mention: 'Sweden',
        cue: 'says',
        as_of: '2019-03-04',
      }),
      expected({
        value_text: '120',
        value: 120,
        metric: 'returnees',
        country: 'SE',
        claimant: 'officials',
        mention: 'officials',
        cue: 'had put',
      }),
    ]);
  });

  test('a cumulative count "since 2014" still holds at the article\'s date; without a date nothing is guessed', () => {
    expect(shapes('Police have arrested 320 Austrians since 2014.', { published: '2018-11-20' })[0].as_of).toBe('2018-11-20');
    expect(shapes('Police have arrested 320 Austrians since 2014.')[0].as_of).toBeNull();
  });
});

describe('metric: what the people counted are', () => {
  test('the verb whose object is the figure governs it up to the next coordinated clause', () => {
    expect(shapes('Bosnia has prosecuted 25 returnees and issued arrest warrants for 40 people still in Syria.')).toEqual([
      expected({ value_text: '25', value: 25, metric: 'charged', country: 'BA' }),
      expected({ value_text: '40', value: 40, metric: 'still_in_conflict_zone', country: 'BA' }),
    ]);
  });

  test('a status participle as the counted noun; "who left" travelled; a whole takes the verb after its parts', () => {
    expect(shapes('At least 30 soldiers were killed and 12 wounded in the attack.')).toEqual([
      expected({ value_text: 'At least 30', value: 30, value_low: 30, approximation: 'at_least', metric: 'victims_killed' }),
      expected({ value_text: '12', value: 12, metric: 'victims_injured' }),
    ]);
    expect(shapes('Of the 1,000 Indonesians who left, 500 remain in Syria.')).toEqual([
      expected({ value_text: '1,000', value: 1000, country: 'ID' }),
      expected({ value_text: '500', value: 500, metric: 'still_in_conflict_zone', country: 'ID', relations: ['part_of c1'] }),
    ]);
    expect(shapes('In all, 93 citizens of Uzbekistan, including 25 women and 68 children, were returned from Syria.')).toEqual([
      expected({ value_text: '93', value: 93, metric: 'returnees', country: 'UZ' }),
      expected({ value_text: '25', value: 25, metric: 'returnees', country: 'UZ', relations: ['part_of c1'] }),
      expected({ value_text: '68', value: 68, metric: 'returnees', country: 'UZ', relations: ['part_of c1'] }),
    ]);
  });

  test('held at camps; on trial', () => {
    expect(shapes('Roughly 900 Russian women are held at the Roj and al-Hol camps, and 40 Russian men are on trial.')).toEqual([
      expected({ value_text: 'Roughly 900', value: 900, approximation: 'approximately', metric: 'in_camps', country: 'RU' }),
      expected({ value_text: '40', value: 40, metric: 'awaiting_trial', country: 'RU' }),
    ]);
  });
});

describe('as_of: the article date at its own precision', () => {
  test('an undated present figure in an article known only by its month holds that month; a past one holds nothing', () => {
    expect(shapes('Police say 40 Dutch nationals remain in Syria.', { published: '2021-07' })[0].as_of).toBe('2021-07');
    expect(shapes('Police said 40 Dutch nationals had earlier returned.', { published: '2021-07' })[0].as_of).toBeNull();
  });
});
