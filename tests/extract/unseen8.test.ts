/**
 * Rules found by studying held-out 12 (extract19: claimant and country on unseen text), each written as a general
 * mechanism and tested on sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('claimant: numbered paragraphs', () => {
  test('the number of a paragraph ("3.2") is no full stop before the subject of its cue', () => {
    const text = [
      '3.1 The inquiry received 14 submissions.',
      '3.2 Europol told the inquiry that 27 residents of the city had left for Syria since 2013, and that 9 of them had died there.',
    ].join('\n');
    const europol = { claimant: 'Europol', mention: 'Europol', cue: 'told the inquiry' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '27', value: 27, ...europol }),
      expected({ value_text: '9', value: 9, metric: 'killed', relations: ['part_of c1'], ...europol }),
    ]);
  });
});

describe('claimant: words before the subject', () => {
  test('a sentence adverb before a comma ("Separately,") is no name that an indefinite description describes', () => {
    expect(shapes('Separately, an army spokesman said 14 militants had surrendered in Sulu.', at)).toEqual([
      expected({ value_text: '14', value: 14, metric: 'members', claimant: 'army spokesman', mention: 'an army spokesman', cue: 'said' }),
    ]);
  });
});

describe('claimant: asides between the subject and its cue', () => {
  test('a date in an aside (", dated June 2026,") stands between the subject and its cue', () => {
    const text =
      'The service publishes an assessment every year. Its most recent, dated June 2026, states that at least 160 people have travelled from Denmark.';
    // (the possessive is not resolved to the service: the mention is what an editor sees)
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'at least 160',
        value: 160,
        value_low: 160,
        approximation: 'at_least',
        country: 'DK',
        claimant: 'Its most recent',
        mention: 'Its most recent',
        cue: 'states',
        as_of: '2026-06',
      }),
    ]);
  });
});

describe('claimant: speaker labels of interviews and press conferences', () => {
  test('initials after the first turn ("AK:") are the speaker whose label they abbreviate', () => {
    const text = [
      'Interview with the head of the prison service',
      '',
      'Daily Herald: How many inmates are held for terrorism?',
      'Anna Kowalczyk: We hold 212 such inmates today.',
      '',
      'DH: And how many have been released?',
      'AK: About 40 since January. Nine of them are back in custody.',
    ].join('\n');
    const anna = { metric: 'arrested', as_of: '2025-06-01', claimant: 'Anna Kowalczyk' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '212', value: 212, ...anna, mention: 'Anna Kowalczyk' }),
      expected({ value_text: 'About 40', value: 40, approximation: 'approximately', ...anna, mention: 'AK' }),
      expected({ value_text: 'Nine', value: 9, ...anna, relations: ['part_of c2'] }),
    ]);
  });

  test('a surname as a label is a speaker when it opens several turns or the text gives the full name; a title is no given name', () => {
    const text = [
      'Press conference, Vienna',
      '',
      '(Speakers: Interior Minister Paul Berger; police chief Eva Lind.)',
      '',
      'Question: How many people left for Syria?',
      'Berger: Since 2013, 320 people have travelled to Syria. About 90 have returned.',
      '',
      'Question: And arrests?',
      'Lind: 14 returnees were arrested this year.',
      'Berger: And more will follow.',
    ].join('\n');
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '320', value: 320, as_of: '2025-06-01', claimant: 'Paul Berger', mention: 'Berger' }),
      expected({
        value_text: 'About 90',
        value: 90,
        approximation: 'approximately',
        metric: 'returnees',
        // (people come back home to the country of the press conference's Vienna: extract101)
        country: 'AT',
        as_of: '2025-06-01',
        claimant: 'Paul Berger',
      }),
      expected({ value_text: '14', value: 14, metric: 'arrested', as_of: '2025', claimant: 'Eva Lind', mention: 'Lind' }),
    ]);
  });
});

describe('country: the question a figure answers', () => {
  test('"How many Moroccans…?" names whom the answer counts, until the next question asks about others', () => {
    const text = [
      'Q: How many Moroccans went to fight in Syria and Iraq?',
      'A: We have counted 1,620 since 2012. About 270 have come back.',
      '',
      'Q: And how many Algerians went?',
      'A: Fewer. 210 travelled.',
    ].join('\n');
    const dated = { as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '1,620', value: 1620, country: 'MA', claimant: 'We', mention: 'We', cue: 'have counted', ...dated }),
      expected({
        value_text: 'About 270',
        value: 270,
        approximation: 'approximately',
        metric: 'returnees',
        country: 'MA',
        claimant: 'We',
        ...dated,
      }),
      expected({ value_text: '210', value: 210, country: 'DZ', ...dated }),
    ]);
  });
});

describe('country: a state’s own cases', () => {
  test('a section heading names no nationality for arrests or convictions, nor does a state named as who convicted', () => {
    const text = [
      'NEWS IN BRIEF',
      '',
      'KENYA: Police in Mombasa detained 23 suspected militants on Monday, an officer said. The government says 140 Kenyans have returned from Somalia since 2020.',
      '',
      'FRANCE: Some 150 French children remain in the camps, a minister said. France has convicted 87 people of terrorism offences this year.',
    ].join('\n');
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '23',
        value: 23,
        metric: 'arrested',
        claimant: 'officer',
        mention: 'an officer',
        cue: 'said',
        as_of: '2025-05-26',
      }),
      expected({
        value_text: '140',
        value: 140,
        metric: 'returnees',
        country: 'KE',
        claimant: 'government',
        mention: 'The government',
        cue: 'says',
        as_of: '2025-06-01',
      }),
      expected({
        value_text: 'Some 150',
        value: 150,
        approximation: 'approximately',
        metric: 'in_camps',
        country: 'FR',
        claimant: 'minister',
        mention: 'a minister',
        cue: 'said',
        as_of: '2025-06-01',
      }),
      expected({ value_text: '87', value: 87, metric: 'convicted', group: 'terrorism-all', as_of: '2025' }),
    ]);
  });
});

describe('country: the state of a figure’s own source', () => {
  test('a state’s body giving a count of travellers counts its own nationals, whatever the figure before counted', () => {
    const text = "Serbia's police say 90 people went to Syria; Montenegro's interior ministry says 26 travelled.";
    const said = { as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '90',
        value: 90,
        country: 'RS',
        claimant: "Serbia's police",
        mention: "Serbia's police",
        cue: 'say',
        ...said,
      }),
      expected({
        value_text: '26',
        value: 26,
        country: 'ME',
        claimant: "Montenegro's interior ministry",
        mention: "Montenegro's interior ministry",
        cue: 'says',
        ...said,
      }),
    ]);
  });

  test('a group’s strength takes no nationality from the state of its source', () => {
    const text = 'The Philippine army reported that Abu Sayyaf was down to fewer than 30 armed men.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'fewer than 30',
        value: 30,
        value_high: 30,
        approximation: 'less_than',
        metric: 'members',
        group: 'abu-sayyaf',
        claimant: 'Philippine army',
        mention: 'The Philippine army',
        cue: 'reported',
        as_of: '2025-06-01',
      }),
    ]);
  });
});

describe('claimant: a source told by the noun of its figure', () => {
  test('"by the count of X", "In the assessment of X" name X as the source', () => {
    const text =
      'Bosnia sent 241 adults to Syria, by the count of its State Investigation and Protection Agency. In the assessment of the NCTV, about 70 Dutch nationals are still there.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '241',
        value: 241,
        country: 'BA',
        claimant: 'State Investigation and Protection Agency',
        mention: 'its State Investigation and Protection Agency',
        cue: 'by the count of',
        as_of: '2025-06-01',
      }),
      expected({
        value_text: 'about 70',
        value: 70,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        country: 'NL',
        claimant: 'NCTV',
        mention: 'the NCTV',
        cue: 'In the assessment of',
        as_of: '2025-06-01',
      }),
    ]);
  });
});

describe('country: what a group’s strength passes on', () => {
  test('a figure that would take its country from a group’s strength takes none, as the strength takes none', () => {
    const text = [
      'SWEDEN — Court convicts returnees',
      'The Security Service estimates that about 300 people travelled from Sweden to Syria.',
      '',
      'PHILIPPINES — Army says militants weakened',
      'General Ana Cruz told reporters that Dawlah Islamiyah "has no more than 40 armed members" left in Lanao del Sur, after 11 were killed in a raid.',
    ].join('\n');
    const cruz = { group: 'maute-group', claimant: 'Ana Cruz', mention: 'General Ana Cruz', cue: 'told reporters', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'about 300',
        value: 300,
        approximation: 'approximately',
        country: 'SE',
        claimant: 'Security Service',
        mention: 'The Security Service',
        cue: 'estimates',
        as_of: '2025-06-01',
      }),
      expected({ value_text: 'no more than 40', value: 40, value_high: 40, approximation: 'at_most', metric: 'members', ...cruz }),
      expected({ value_text: '11', value: 11, metric: 'killed', ...cruz }),
    ]);
  });
});

describe('country: list items', () => {
  test('a bulleted item "- Tunisia: 120" is headed by its country, the first of the list as the others', () => {
    const text = ['Travellers by country of origin:', '- Tunisia: 120', '- Algeria: 45'].join('\n');
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '120', value: 120, country: 'TN', as_of: '2025-06-01' }),
      expected({ value_text: '45', value: 45, country: 'DZ', as_of: '2025-06-01' }),
    ]);
  });
});

describe('claimant: verbs that cite a figure', () => {
  test('"speaks of" and "refers to" cite a figure as their subject’s', () => {
    const text = 'The opposition speaks of 400 people detained without trial. The petition refers to "more than 90 detained children".';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '400',
        value: 400,
        metric: 'arrested',
        claimant: 'opposition',
        mention: 'The opposition',
        cue: 'speaks of',
        as_of: '2025-06-01',
      }),
      expected({
        value_text: 'more than 90',
        value: 90,
        value_low: 90,
        approximation: 'more_than',
        metric: 'arrested',
        claimant: 'petition',
        mention: 'The petition',
        cue: 'refers to',
        as_of: '2025-06-01',
      }),
    ]);
  });
});

describe('digests: a line opened by a place', () => {
  test('"UGANDA:" opens a section of its own inside a paragraph and ends the turn of a title read as a label', () => {
    const text = [
      'MORNING DIGEST: Security news, 3 June',
      'KENYA: Police said 12 suspects were arrested in Lamu. The government says 140 Kenyans have returned from Somalia.',
      'UGANDA: On Monday, 30 people were repatriated from Somalia.',
      'WHAT TO WATCH: Ministers meet on Friday.',
    ].join('\n');
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '12',
        value: 12,
        metric: 'arrested',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        as_of: '2025-06-01',
      }),
      expected({
        value_text: '140',
        value: 140,
        metric: 'returnees',
        country: 'KE',
        claimant: 'government',
        mention: 'The government',
        cue: 'says',
        as_of: '2025-06-01',
      }),
      expected({ value_text: '30', value: 30, metric: 'returnees', country: 'UG', as_of: '2025-05-26' }),
    ]);
  });
});

describe('country: countries as the subject', () => {
  test('countries coordinated as the subject that opens the sentence are a named set', () => {
    const text = 'About 300 Albanians went to Syria, police said. Serbia and Montenegro together account for fewer than 100.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'About 300',
        value: 300,
        approximation: 'approximately',
        country: 'AL',
        claimant: 'police',
        mention: 'police',
        cue: 'said',
        as_of: '2025-06-01',
      }),
      expected({
        value_text: 'fewer than 100',
        value: 100,
        value_high: 100,
        approximation: 'less_than',
        country: ['RS', 'ME'],
        as_of: '2025-06-01',
      }),
    ]);
  });
});

describe('country: "from the region"', () => {
  test('people who went "from the region" are of the region named before, not of the country counted last', () => {
    const text =
      'The Sahel worries European governments. Mali alone counts 150 Malians in Libya. About 400 men went from the region to Libya in 2016, a UN panel said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '150',
        value: 150,
        country: 'ML',
        // ("alone" between the subject and its cue is no part of it: extract22)
        claimant: 'Mali',
        mention: 'Mali',
        cue: 'counts',
        as_of: '2025-06-01',
      }),
      expected({
        value_text: 'About 400',
        value: 400,
        approximation: 'approximately',
        country: 'SAHEL',
        claimant: 'UN panel',
        mention: 'a UN panel',
        cue: 'said',
        as_of: '2016',
      }),
    ]);
  });
});

describe('country: a heading over numbered paragraphs', () => {
  test('a country’s heading governs the paragraphs under it; an authority detaining members counts its own cases', () => {
    const text = [
      'Chapter 2. Country notes',
      '2.1. Kazakhstan',
      '',
      '2.1.1. The threat is assessed as moderate.',
      '',
      '2.1.2. Since 2019 the government has returned 600 people from Syria, including 410 children. The security services detained 40 members of banned groups.',
    ].join('\n');
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '600', value: 600, metric: 'returnees', country: 'KZ', as_of: '2025-06-01' }),
      expected({ value_text: '410', value: 410, metric: 'returnees', country: 'KZ', as_of: '2025-06-01', relations: ['part_of c1'] }),
      expected({ value_text: '40', value: 40, metric: 'arrested', as_of: '2025-06-01' }),
    ]);
  });
});
