/**
 * Rules added for unseen articles (branch extract13), chosen from aggregate error classes only; sentences written for
 * these tests. Groups come from migration 20261207020000.
 */
import { expected, run, shapes } from './support';

const rejectedKinds = (text: string) => run(text).rejected.map((r) => [text.slice(r.start, r.end), r.kind]);

describe("groups: Islamic State's provinces, Islamist aggregates, the Philippine and Sri Lankan groups", () => {
  test("a province named by its usual forms is its own group, not Islamic State's", () => {
    expect(shapes('The Monitoring Team estimates that ISIS-Somalia has between 600 and 800 fighters in Puntland.')).toEqual([
      expected({
        value_text: 'between 600 and 800',
        value_low: 600,
        value_high: 800,
        approximation: 'range',
        metric: 'members',
        group: 'islamic-state-somalia',
        claimant: 'Monitoring Team',
        mention: 'The Monitoring Team',
        cue: 'estimates',
      }),
    ]);
    expect(shapes('Wilayat Sinai lost about 120 militants in the clashes, the army said.')[0].group).toBe('islamic-state-sinai-province');
    expect(shapes('Islamic State in Libya has about 500 fighters.')[0].group).toBe('islamic-state-libya-province');
  });

  test('"ISMP" names the Mozambique province, no longer Ahlu Sunnah Wal Jamaa', () => {
    expect(shapes('Islamic State Mozambique Province has some 300 fighters, according to UN sanctions monitors.')).toEqual([
      expected({
        value_text: 'some 300',
        value: 300,
        approximation: 'approximately',
        metric: 'members',
        group: 'islamic-state-mozambique-province',
        claimant: 'UN sanctions monitors',
        mention: 'UN sanctions monitors',
        cue: 'according to',
      }),
    ]);
    expect(shapes('ISMP fighters killed 12 villagers.')[0]).toMatchObject({
      group: 'islamic-state-mozambique-province',
      metric: 'victims_killed',
    });
  });

  test('Islamists of every group, Dawlah Islamiyah factions, NTJ by its full name', () => {
    expect(shapes('The BfV counts 27,480 persons in the Islamist scene.')).toEqual([
      expected({
        value_text: '27,480',
        value: 27480,
        metric: 'members',
        group: 'islamist-groups',
        claimant: 'BfV',
        mention: 'The BfV',
        cue: 'counts',
      }),
    ]);
    expect(shapes('Troops killed 14 members of the DI-Hassan Group in Maguindanao.')).toEqual([
      expected({ value_text: '14', value: 14, metric: 'killed', group: 'dawlah-islamiyah-hassan-group' }),
    ]);
    expect(shapes("Police arrested 135 suspects linked to the National Thowheeth Jama'ath.")[0].group).toBe('national-thowheeth-jamaath');
    // a bare abbreviation of ordinary prose is not taken
    expect(shapes('Police arrested 135 suspects linked to the NTJ.')[0].group).toBeNull();
  });

  test('Islamic State named together with other groups is Islamic State and others', () => {
    expect(shapes('ISIL and Al-Qaida have some 2,000 fighters in the region.')[0].group).toBe('islamic-state-and-others');
    expect(shapes('Nearly 30,000 foreigners joined ISIS in Syria and other militant groups.')[0].group).toBe('islamic-state-and-others');
    // two groups in one sentence that are not one subject: each figure takes the nearest
    expect(shapes('ISIS lost 300 fighters while al-Shabaab lost 40.').map((c) => c.group)).toEqual(['islamic-state', 'al-shabaab']);
  });
});

describe('country: carried only while the same people are counted', () => {
  test("a camp's whole population and a group's fighters take no country from the figure before", () => {
    expect(
      shapes('Some 300 Kazakhs travelled to Syria. About 60,000 people live in al-Hol camp.').map((c) => [c.metric, c.country]),
    ).toEqual([
      ['foreign_fighters', 'KZ'],
      ['in_camps', null],
    ]);
    expect(shapes('Some 300 Kazakhs travelled to Syria. ISIS still has 10,000 fighters there.')[1]).toEqual(
      expected({ value_text: '10,000', value: 10000, metric: 'members', group: 'islamic-state' }),
    );
  });

  test('the same people go on taking it: a part, a later status of the travellers', () => {
    expect(shapes('Some 300 Kazakhs travelled to Syria. Of them, 120 have returned.')[1]).toEqual(
      expected({ value_text: '120', value: 120, metric: 'returnees', country: 'KZ', relations: ['part_of c1'] }),
    );
    expect(shapes('Some 300 Kazakhs travelled to Syria. About 100 were killed there.')[1]).toMatchObject({
      metric: 'killed',
      country: 'KZ',
    });
  });

  test('a nationality stated in the predicate is read even where nothing carries: "native to", "nationals of"', () => {
    const text = 'About 60,000 people live in al-Hol camp, among them 400 minors, of whom only 153 are confirmed to be native to Morocco.';
    expect(shapes(text).map((c) => [c.value_text, c.country])).toEqual([
      ['About 60,000', null],
      ['400', null],
      ['153', 'MA'],
    ]);
    expect(shapes('Only 40 of the detainees are nationals of Tunisia.')[0].country).toBe('TN');
    expect(shapes('Some 200 children born in Syria are held in the camps.')[0].country).toBe(null);
  });

  test("a security service's threat classification names no nationality", () => {
    const text = 'Some 900 Germans travelled to Syria. The BfV classifies 480 Islamists as Gefährder.';
    expect(shapes(text).map((c) => [c.metric, c.country])).toEqual([
      ['foreign_fighters', 'DE'],
      ['classified_threat', null],
    ]);
    // …unless they are a part of the people counted before
    const part = 'Some 900 Germans travelled to Syria. Around 100 of the returnees are classed as dangerous.';
    expect(shapes(part).map((c) => [c.metric, c.country])).toEqual([
      ['foreign_fighters', 'DE'],
      ['classified_threat', 'DE'],
    ]);
  });
});

describe("metric: a group's strength, threats, prosecution stages", () => {
  test("members and supporters nothing says travelled are the group's strength", () => {
    expect(shapes('The group has 2,000 members.')).toEqual([expected({ value_text: '2,000', value: 2000, metric: 'members' })]);
    expect(shapes('Al-Shabaab has between 7,000 and 9,000 fighters.')[0]).toMatchObject({
      metric: 'members',
      group: 'al-shabaab',
      country: null,
    });
    // nationals counted as such, or people from a country, travelled
    expect(shapes('Hundreds of Moroccans fight for Islamic State.')[0].metric).toBe('foreign_fighters');
    expect(shapes('Over 300 Kazakh militants are fighting for ISIS.')[0]).toMatchObject({ metric: 'foreign_fighters', country: 'KZ' });
    expect(shapes('About 200 members travelled to Syria to join ISIS.')[0].metric).toBe('foreign_fighters');
  });

  test('a sentence that tells a strength ("its strength at", "number", "consists of") counts members, not travellers', () => {
    const metrics = (t: string) => shapes(t).map((c) => [c.value_text, c.metric]);
    expect(metrics('Member States estimate its strength at between 600 and 800 fighters, up from about 250 in early 2023.')).toEqual([
      ['between 600 and 800', 'members'],
      ['about 250', 'members'],
    ]);
    expect(metrics('Officers said the militants number between 300 and 400 today.')).toEqual([['between 300 and 400', 'members']]);
    expect(metrics('The Dutch jihadist movement consists of an estimated 1,350 people.')).toEqual([['an estimated 1,350', 'members']]);
    // travel outranks it: "the number of fighters who travelled" is no strength
    expect(metrics('The strength of the foreign contingent grew as 300 Tunisians travelled to Syria.')).toEqual([
      ['300', 'foreign_fighters'],
    ]);
  });

  test("a handover that sends people home is a return, one into another state's custody a transfer", () => {
    const metrics = (t: string) => shapes(t).map((c) => [c.value_text, c.metric]);
    expect(metrics('Since 2017, Libya has handed over 61 children to their countries of origin.')).toEqual([['61', 'returnees']]);
    expect(metrics('The administration handed over five women and 14 children from Roj camp to a joint delegation.')).toEqual([
      ['five', 'returnees'],
      ['14', 'returnees'],
    ]);
    expect(metrics('Turkey handed over 12 suspects to Iraqi police.')).toEqual([['12', 'transferred']]);
  });

  test('a camp as the subject or place of its residents, people still fighting, travellers counted with their families', () => {
    const metrics = (t: string) => shapes(t).map((c) => [c.value_text, c.metric]);
    expect(metrics('Al-Hol alone holds about 40,800 people.')).toEqual([['about 40,800', 'in_camps']]);
    expect(metrics('Around 6,300 residents of al-Hol are third-country nationals.')).toEqual([['Around 6,300', 'in_camps']]);
    expect(metrics('Officials said 1,500 Russians were still fighting in Syria.')).toEqual([['1,500', 'still_in_conflict_zone']]);
    expect(metrics('About 80 Dutch travellers are still active in the region.')).toEqual([['About 80', 'still_in_conflict_zone']]);
    expect(metrics('More than 100 men, women and children from Trinidad travelled to Syria.')).toEqual([
      ['More than 100', 'foreign_fighters_and_family_members'],
    ]);
    expect(metrics('Around 330 Bosnians, including many women and children, have left for Syria.')).toEqual([
      ['Around 330', 'foreign_fighters_and_family_members'],
    ]);
  });

  test('threat classifications: Gefährder, dangerous persons, watch lists', () => {
    expect(shapes('The BfV classifies 480 Islamists as Gefährder.')[0].metric).toBe('classified_threat');
    expect(shapes('Police put 85 people on a terrorism watch list.')[0].metric).toBe('classified_threat');
    expect(shapes('Authorities count 120 dangerous persons in the state.')[0].metric).toBe('classified_threat');
  });

  test('sentenced to death across the figure, the death penalty, charges faced, investigations opened', () => {
    expect(shapes('A court sentenced 11 men to death for joining ISIS.')).toEqual([
      expected({ value_text: '11', value: 11, metric: 'sentenced_to_death', group: 'islamic-state' }),
    ]);
    expect(shapes('A court sentenced 11 men to ten years in prison.')[0].metric).toBe('convicted');
    expect(shapes('Some 25 men face the death penalty.')[0].metric).toBe('sentenced_to_death');
    expect(shapes('At least 40 returnees face terrorism charges.')[0].metric).toBe('charged');
    expect(shapes('Prosecutors opened investigations against 45 returnees.')[0].metric).toBe('under_investigation');
    expect(shapes('Some 30 accused were tried in absentia.')[0].metric).toBe('charged');
  });
});

describe('distractors by general rules', () => {
  test('ages: between commas after a name, "as young as"', () => {
    expect(rejectedKinds('Ahmed Hassan, 17, and 40 other men were arrested.')).toEqual([['17', 'age']]);
    expect(rejectedKinds('Children as young as 9 were recruited; 150 children were rescued.')).toEqual([['9', 'age']]);
    // a country heading a list item is no name: its number counts
    expect(shapes('Returnees: Belgium, 12, and France, 41.').map((c) => c.value_text)).toEqual(['12', '41']);
  });

  test('footnote markers set against a word, labels of a list, shares, money, things counted', () => {
    expect(rejectedKinds('Police arrested 40 suspects.12 The rest fled.')).toEqual([['12', 'footnote_marker']]);
    expect(rejectedKinds('Under paragraphs 12 and 14 of resolution 2178, 40 people were detained.')).toEqual([
      ['12', 'label'],
      ['14', 'label'],
      ['2178', 'label'],
    ]);
    expect(rejectedKinds('Two in three of the 300 returnees were women.')).toEqual([
      ['Two', 'ratio'],
      ['three', 'ratio'],
    ]);
    expect(rejectedKinds('The group raised 2 million US dollars and recruited 300 men.')).toEqual([['2 million', 'money']]);
    expect(rejectedKinds('Fighters of 80 nationalities joined, including 300 Tunisians.')).toEqual([['80', 'count_not_people']]);
    expect(shapes('Police seized 14 explosives and arrested 3 men.').map((c) => c.value_text)).toEqual(['3']);
  });

  test('a part of a count and a year are no share', () => {
    expect(shapes('Most arrests (705 out of 791) were related to jihadist terrorism.').map((c) => c.value_text)).toEqual(['705', '791']);
    expect(shapes('Police arrested 12 in 2019.').map((c) => c.value_text)).toEqual(['12']);
  });
});

describe('as_of: the date governing the clause', () => {
  test("a date in a relative clause after the figure tells of its people's past, not when the figure holds", () => {
    expect(shapes('In 2019, police arrested 40 men who had travelled to Syria in 2014.', { published: '2020-03-01' })).toEqual([
      expected({ value_text: '40', value: 40, metric: 'arrested', as_of: '2019' }),
    ]);
    expect(shapes('Police arrested 40 men in 2019.', { published: '2020-03-01' })[0].as_of).toBe('2019');
  });
});
