/**
 * Rules added for unseen articles (branch extract15), chosen from the error classes of the practice corpus and
 * held-out sets 1-6; sentences written for these tests.
 */
import { expected, run, shapes } from './support';

describe('country: whose nationals, read from the grammar of the clause', () => {
  test('an origin ("people from Kyrgyzstan") is a place only when its own clause brings people back from it', () => {
    const got = shapes(
      'The study counts 300 people from Uzbekistan, 200 people from Kyrgyzstan (15 of whom have returned home) and 90 women from Tajikistan.',
    );
    expect(got.map((c) => [c.value_text, c.country])).toEqual([
      ['300', 'UZ'],
      ['200', 'KG'],
      ['15', 'KG'],
      ['90', 'TJ'],
    ]);
    expect(shapes('Some 300 people from Albania joined the group in Syria, and officials say many have returned.')[0]).toMatchObject({
      value_text: 'Some 300',
      country: 'AL',
    });
    // the verb of bringing back in the origin's own clause: where they were, not whose
    expect(shapes('Kazakhstan has repatriated 40 women from Syria.').map((c) => [c.value_text, c.country])).toEqual([['40', 'KZ']]);
  });

  test("a nationality that qualifies a state's speakers or authorities names who speaks or acts, not whose nationals are counted", () => {
    expect(shapes('Ugandan and Kenyan officers said the rebels number between 500 and 700 fighters.')[0]).toMatchObject({
      value_text: 'between 500 and 700',
      country: null,
    });
    expect(shapes("Tunisia's security services arrested 35 people in May.").map((c) => [c.value_text, c.metric, c.country])).toEqual([
      ['35', 'arrested', null],
    ]);
    expect(shapes('The Canadian Federal Police charged 12 people with terrorism offences.')[0]).toMatchObject({ country: null });
    // a nationality of the people counted still is theirs
    expect(shapes('Canadian police arrested 12 Somali nationals in Toronto.')[0]).toMatchObject({ country: 'SO' });
  });

  test('a nationality stated as the predicate of the people counted is theirs, for every figure coordinated before it', () => {
    expect(shapes('Malian officers said that several dozen of the fighters are of Nigerien nationality.')[0]).toMatchObject({
      value_text: 'several dozen',
      country: 'NE',
      claimant: 'Malian officers',
    });
    const got = shapes('Of the 20 returnees, four women and nine children are Belgian, and two women and five children are Dutch.');
    expect(got.map((c) => [c.value_text, c.country])).toEqual([
      ['20', null],
      ['four', 'BE'],
      ['nine', 'BE'],
      ['two', 'NL'],
      ['five', 'NL'],
    ]);
  });

  test("a figure alone in brackets after a country of a list of origins is that country's; a list by place is no nationality", () => {
    const origins = shapes(
      'Most of the foreign women in the camp come from Tajikistan (about 300), Uzbekistan (210), Egypt (95) and Sudan (40).',
    );
    expect(origins.map((c) => [c.value_text, c.metric, c.country])).toEqual([
      ['about 300', 'in_camps', 'TJ'],
      ['210', 'in_camps', 'UZ'],
      ['95', 'in_camps', 'EG'],
      ['40', 'in_camps', 'SD'],
    ]);
    const places = shapes('Police made arrests in Belgium (48), Austria (31) and Spain (26) last year.');
    expect(places.map((c) => [c.value_text, c.metric, c.country])).toEqual([
      ['48', 'arrested', null],
      ['31', 'arrested', null],
      ['26', 'arrested', null],
    ]);
  });

  test('a country after a preposition of place with a compass point, or coordinated with one, is where people are', () => {
    const where = (t: string) => shapes(t).map((c) => [c.value_text, c.metric, c.country]);
    expect(where("The militia's strength in Chad and Niger is put at between 7,000 and 9,000 members.")).toEqual([
      ['between 7,000 and 9,000', 'members', null],
    ]);
    expect(where('A camp in north-eastern Nigeria has sheltered about 8,000 women since 2021.')).toEqual([
      ['about 8,000', 'in_camps', null],
    ]);
    // the state acting on its own nationals is still theirs
    expect(where('Nigeria has repatriated 40 women from the camp.')).toEqual([['40', 'returnees', 'NG']]);
  });

  test('a state that sentences or arrests people counts its own cases: it names no nationality', () => {
    const cases = (t: string) => shapes(t).map((c) => [c.value_text, c.metric, c.country]);
    expect(cases('Algeria has sentenced more than 300 people to death in terrorism cases since 2015.')).toEqual([
      ['more than 300', 'sentenced_to_death', null],
    ]);
    expect(cases('Jordan has also arrested 40 people in the case.')).toEqual([['40', 'arrested', null]]);
    // a state bringing back its own nationals still names them
    expect(cases('Kosovo has repatriated 110 of its citizens from Syria.')).toEqual([['110', 'returnees', 'XK']]);
  });

  test('arrests and convictions take no nationality from what the text is about; people who come home still do', () => {
    const about =
      'Some 150 Tunisians have joined the group in Libya, and Tunisians make up its largest contingent. The group recruits online. ' +
      'It pays well. Its leaders are in hiding. Recruitment has slowed. ';
    expect(shapes(about + 'Last month police arrested 12 people in Sfax.').map((c) => [c.value_text, c.metric, c.country])).toEqual([
      ['Some 150', 'foreign_fighters', 'TN'],
      ['12', 'arrested', null],
    ]);
    expect(shapes(about + 'About 60 men have come home.').map((c) => [c.value_text, c.metric, c.country])).toEqual([
      ['Some 150', 'foreign_fighters', 'TN'],
      ['About 60', 'returnees', 'TN'],
    ]);
  });

  test("a state that says in its sentence that people came home speaks of its own nationals, not the figure before's", () => {
    const got = shapes(
      'Officials said that about 300 people from Albania had joined the group. Montenegro’s government said in a statement that four men and six children had returned.',
    );
    expect(got.map((c) => [c.value_text, c.metric, c.country])).toEqual([
      ['about 300', 'foreign_fighters', 'AL'],
      ['four', 'returnees', 'ME'],
      ['six', 'returnees', 'ME'],
    ]);
  });

  test('a part of foreign nationals is of foreign nationals, and its reason says so', () => {
    const got = run('Of the suspects, 112 are foreign nationals, 29 of whom had entered the country illegally.').candidates;
    expect(got.map((c) => [c.value_text, c.country, c.reasons.country])).toEqual([
      ['112', null, 'foreign nationals of several countries'],
      ['29', null, 'foreign nationals of several countries, as the figure it is part of'],
    ]);
  });

  test('people handed over "to their countries of origin" are foreign nationals of several countries', () => {
    const [c] = run('Since 2019, the camp authorities have handed over 2,100 women and children to their countries of origin.').candidates;
    expect([c.value_text, c.metric, c.country, c.reasons.country]).toEqual([
      '2,100',
      'returnees',
      null,
      'foreign nationals of several countries',
    ]);
  });

  test('a part set before its whole is of the people its whole counts; a semicolon ends the clause of the figure before', () => {
    const got = shapes(
      'Among the returnees are 120 of the 900 fighters from Morocco; 95 of the 700 from Algeria; and 60 of the 650 from Egypt.',
    );
    expect(got.map((c) => [c.value_text, c.country, c.relations])).toEqual([
      ['120', 'MA', ['part_of c2']],
      ['900', 'MA', []],
      ['95', 'DZ', ['part_of c4']],
      ['700', 'DZ', []],
      ['60', 'EG', ['part_of c6']],
      ['650', 'EG', []],
    ]);
  });
});

describe('claimant: the mention as an editor would quote it', () => {
  test('no list marker, no time before it, no adverb after it', () => {
    expect(shapes('(c) Security services believe that about 40 people have travelled to Syria.')).toEqual([
      expected({
        value_text: 'about 40',
        value: 40,
        approximation: 'approximately',
        claimant: 'Security services',
        mention: 'Security services',
        cue: 'believe',
      }),
    ]);
    expect(shapes('A month ago the police still counted 45 returnees.')).toEqual([
      expected({ value_text: '45', value: 45, metric: 'returnees', claimant: 'police', mention: 'the police', cue: 'counted' }),
    ]);
  });

  test('no participle telling how the claimant was reached or when its words appeared; one naming the author stays', () => {
    expect(shapes('Local elders reached by phone said 12 civilians were killed.')).toEqual([
      expected({ value_text: '12', value: 12, metric: 'victims_killed', claimant: 'Local elders', mention: 'Local elders', cue: 'said' }),
    ]);
    expect(shapes('About 300 foreign women remain in the camp, according to a UN report published in May.')).toEqual([
      expected({
        value_text: 'About 300',
        value: 300,
        approximation: 'approximately',
        metric: 'in_camps',
        claimant: 'UN',
        mention: 'a UN report',
        cue: 'according to',
      }),
    ]);
    expect(shapes('Some 90 people were detained, according to a study published by the Combating Terrorism Center.')[0]).toMatchObject({
      claimant: 'Combating Terrorism Center',
      mention: 'a study published by the Combating Terrorism Center',
    });
  });

  test('"the data of X" is quoted as X; "figures from X" keeps its source noun; a bracketed acronym after the name is quoted', () => {
    expect(shapes('According to the data of the national police, 52 people were arrested for terrorism last year.')).toEqual([
      expected({
        value_text: '52',
        value: 52,
        metric: 'arrested',
        group: 'terrorism-all',
        claimant: 'national police',
        mention: 'the national police',
        cue: 'According to',
      }),
    ]);
    expect(shapes('Some 300 women are held in the camp, according to figures from the United Nations.')[0]).toMatchObject({
      claimant: 'United Nations',
      mention: 'figures from the United Nations',
    });
    expect(shapes('According to the Regional Security Observatory (RSO), some 400 fighters have left the country.')[0]).toMatchObject({
      mention: 'the Regional Security Observatory (RSO)',
      cue: 'According to',
    });
  });
});

describe('claimant: the subject of a cue, read by its grammar', () => {
  const attributed = (t: string) => shapes(t).map((c) => [c.value_text, c.claimant, c.mention, c.cue]);

  test('a cue word after a determiner or a possessive is a noun, no cue', () => {
    expect(attributed('We renew our call on all states to take back the 5,000 women held in the camps.')).toEqual([
      ['5,000', null, null, null],
    ]);
    expect(attributed('The agency has never published a figure that high, and its most recent estimate is that 60 people left.')).toEqual([
      ['60', null, null, null],
    ]);
  });

  test('a phrase of time, place or means set between commas is skipped to the subject before it, and is never a subject', () => {
    expect(attributed('The Interior Minister, speaking to parliament on Tuesday, said 45 people had been arrested.')).toEqual([
      ['45', 'Interior Minister', 'The Interior Minister', 'said'],
    ]);
    expect(attributed('Al-Qaeda, through its media arm, claimed that its fighters had killed 20 soldiers.')).toEqual([
      ['20', 'Al-Qaeda', 'Al-Qaeda', 'claimed'],
    ]);
    expect(attributed('Officials from both countries, said on Monday, that 34 citizens had been repatriated.')[0][2]).not.toBe('on Monday');
  });

  test('"It should be recalled", "Two of them were found" and "Investigations revealed" name no claimant', () => {
    expect(attributed('It should be recalled that 300 women were returned from Syria in 2021.')).toEqual([['300', null, null, null]]);
    expect(attributed('Investigations revealed that the cell had recruited at least 30 young men.')).toEqual([
      ['at least 30', null, null, null],
    ]);
  });

  test('a pronoun after a relative ("whom she said") is the subject, resolved to the titled name before it in the sentence', () => {
    expect(
      attributed(
        'On Monday, Interior Secretary Amina Odhiambo presented 25 youths, whom she said were part of a group of 60 former fighters.',
      ),
    ).toEqual([
      ['25', 'Amina Odhiambo', 'she', 'said'],
      ['60', 'Amina Odhiambo', 'she', 'said'],
    ]);
  });

  test('a claim that opens a list with a colon carries into every item of the list, and no further', () => {
    const text =
      'The evidence of the deputy commissioner, Maria Keller, is confidential.\n\nKeller said the threat remained high.\n\n' +
      'She summarised the threat to Austria as:\n\n* 48 people charged since 2014\n\n* around 110 Austrians currently fighting in Syria\n\n' +
      'A strike at the airport stranded 300 passengers.';
    expect(run(text).candidates.map((c) => [c.value_text, c.claimant?.name ?? null, c.claimant?.mention ?? null])).toEqual([
      ['48', 'Maria Keller', null],
      ['around 110', 'Maria Keller', null],
      ['300', null, null],
    ]);
  });

  test('"is aware of" and "can confirm" are cues of what a government knows', () => {
    expect(
      attributed('As of 1 May 2025, the Government of Norway is aware of approximately 40 Norwegian citizens detained in Syria.'),
    ).toEqual([['approximately 40', 'Government of Norway', 'the Government of Norway', 'is aware of']]);
    expect(attributed('The Swedish Government can confirm that three women and eight children arrived in Stockholm this morning.')).toEqual(
      [
        ['three', 'Swedish Government', 'The Swedish Government', 'can confirm'],
        ['eight', 'Swedish Government', 'The Swedish Government', 'can confirm'],
      ],
    );
  });

  test("a body's full name before its bracketed acronym is read on one line, not across a heading's line break", () => {
    const got = shapes(
      'Ministry of Justice\nNational Security Office (NSO) report\n\nThe NSO was aware of 120 persons who had travelled to Syria.',
    );
    expect(got[0].claimant).toMatch(/^National Security Office \(NSO\)/);
  });

  test('a colon ends the words before the subject: no appositive is read across it', () => {
    expect(
      attributed(
        'Policy, Law Enforcement, and Border Security: The State Security Service reported that it detained 11 individuals in 2023.',
      ),
    ).toEqual([['11', 'State Security Service', 'The State Security Service', 'reported']]);
  });
});

describe('recall: a verbal share standing alone', () => {
  test('a share as the subject of what people are or did, or after "of whom", is a figure part of the one before', () => {
    expect(shapes('Officials say some 300 people from Albania joined the group; more than half have returned.')).toEqual([
      expected({
        value_text: 'some 300',
        value: 300,
        approximation: 'approximately',
        country: 'AL',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'say',
      }),
      expected({
        value_text: 'more than half',
        approximation: 'more_than',
        fraction: 0.5,
        metric: 'returnees',
        country: 'AL',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'say',
        relations: ['part_of c1'],
      }),
    ]);
    expect(shapes('At least 120 Belgians travelled to Syria, of whom roughly half are believed dead.')).toEqual([
      expected({ value_text: 'At least 120', value: 120, value_low: 120, approximation: 'at_least', country: 'BE' }),
      expected({
        value_text: 'roughly half',
        approximation: 'approximately',
        fraction: 0.5,
        metric: 'killed',
        country: 'BE',
        relations: ['part_of c1'],
      }),
    ]);
    // a share of things is none
    expect(shapes('Half were destroyed in the fire.')).toEqual([]);
  });

  test('a third or two thirds standing as the subject is a share as half is; a third time is none', () => {
    expect(shapes('Some 5,000 Europeans travelled to Syria. About a third have come home.')).toEqual([
      expected({ value_text: 'Some 5,000', value: 5000, approximation: 'approximately', country: '150' }),
      expected({
        value_text: 'About a third',
        approximation: 'approximately',
        fraction: 0.333,
        metric: 'returnees',
        country: '150',
        relations: ['part_of c1'],
      }),
    ]);
    expect(shapes('Police detained 90 suspects; two thirds were women.').map((c) => [c.value_text, c.fraction, c.relations])).toEqual([
      ['90', null, []],
      ['two thirds', 0.667, ['part_of c1']],
    ]);
    expect(shapes('Police detained 90 suspects. He was arrested a third time in May.').map((c) => c.value_text)).toEqual(['90']);
  });
});

describe('recall: numbers written with a dot between thousands', () => {
  test('"2.400 people" is 2,400 people; a decimal before anything else stays a decimal', () => {
    expect(
      shapes('The Dutch jihadist movement consists of an estimated 2.400 people.').map((c) => [c.value_text, c.value, c.approximation]),
    ).toEqual([['an estimated 2.400', 2400, 'approximately']]);
    expect(shapes('The rate rose to 1.350 per cent.')).toEqual([]);
  });
});
