/** Groups from the ledger's vocabulary (seed, migrations 20261204010100 and 20261205020000); sentences written for these tests. */
import { run, shapes } from './support';

describe('groups named by common nouns and aggregates', () => {
  test('lower-case aliases: "terrorist groups", "terrorism-related offences", "Islamic State and other militant groups"', () => {
    expect(shapes('Some 300 Tunisians joined various terrorist groups abroad.')[0].group).toBe('jihadist-groups');
    expect(shapes('In 2017, 1,219 people were arrested in the EU for terrorism-related offences.')[0].group).toBe('terrorism-all');
    expect(shapes('Nearly 30,000 foreigners joined Islamic State and other militant groups.')[0].group).toBe('islamic-state-and-others');
    expect(shapes('About 1,000 Syrian rebels were killed.')[0].group).toBe('syrian-opposition');
  });

  test('a figure naming no group takes the group its paragraph named; in another paragraph, none', () => {
    const text =
      'Army steps up operations\n\nThe army flew in more troops.\n\nAbu Sayyaf still holds hostages on Jolo. Officials said the group has 400 fighters left. Police arrested 12 Filipinos.\n\nIn Manila, police arrested 30 men.';
    expect(run(text).candidates.map((c) => [c.value_text, c.group])).toEqual([
      ['400', 'abu-sayyaf'],
      ['12', 'abu-sayyaf'],
      ['30', null],
    ]);
  });

  test("an affiliate named by its abbreviation is its own group, not its parent's: ISIS-K, ISKP, AQIS, TTP", () => {
    expect(shapes('Officials said 200 ISIS-K fighters were killed, while ISIS lost 30 members.').map((c) => c.group)).toEqual([
      'islamic-state-khorasan-province',
      'islamic-state',
    ]);
    expect(shapes('The Monitoring Team estimates that ISKP has between 4,000 and 6,000 fighters.')[0].group).toBe(
      'islamic-state-khorasan-province',
    );
    expect(shapes('Some 2,500 AQIS members remain, according to the report.')[0].group).toBe('al-qaida-in-the-indian-subcontinent');
    expect(shapes('The TTP has about 6,000 fighters in Afghanistan, the Monitoring Team said.')[0].group).toBe('tehrik-e-taliban-pakistan');
  });

  test('with no group named anywhere, the kind of group its sentence says: "jihadist", "arrests for terrorism"', () => {
    expect(shapes('The service counted 12 jihadist returnees last year.')[0].group).toBe('jihadist-groups');
    expect(shapes('Some 90 people left Switzerland with jihadist motivation, the service said.')[0].group).toBe('jihadist-groups');
    expect(shapes('There were 226 arrests for terrorism-related activity in the year to June.')[0].group).toBe('terrorism-all');
    expect(shapes('Police arrested 40 people for terrorism in 2023.')[0].group).toBe('terrorism-all');
    expect(shapes('Prosecutors brought 31 terrorism cases against returnees.')[0].group).toBe('terrorism-all');
    // a group the paragraph or the lead names outranks the kind: "jihadists" there are its members
    expect(run('Islamic State loses ground\n\nNine French jihadists are now on death row in Iraq.').candidates.map((c) => c.group)).toEqual(
      ['islamic-state'],
    );
    // "terrorist activities" alone is too broad to say every affiliation
    expect(shapes('About 180 people abroad are suspected of terrorist activities.')[0].group).toBe(null);
  });

  test('"terror suspects" counts every affiliation; an abbreviation that is an English word is not taken', () => {
    expect(shapes('Police arrested 59 terror suspects in Java.')[0].group).toBe('terrorism-all');
    expect(shapes('Police let 20 suspects go.').map((c) => c.group)).toEqual([null]);
  });
});
