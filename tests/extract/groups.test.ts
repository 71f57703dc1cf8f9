/** Groups from the ledger's vocabulary (seed and migration 20261204010100); sentences written for these tests. */
import { run, shapes } from './support';

describe('groups named by common nouns and aggregates', () => {
  test('lower-case aliases: "terrorist groups", "terrorism-related offences", "Islamic State and other militant groups"', () => {
    expect(shapes('Some 300 Tunisians joined various terrorist groups abroad.')[0].group).toBe('jihadist-groups');
    expect(shapes('In 2017, 1,219 people were arrested in the EU for terrorism-related offences.')[0].group).toBe('terrorism-all');
    expect(shapes('Nearly 30,000 foreigners joined Islamic State and other militant groups.')[0].group).toBe('islamic-state-and-others');
    expect(shapes('About 1,000 Syrian rebels were killed.')[0].group).toBe('syrian-opposition');
  });

  test('a sentence that refers back to "the group" takes the group its paragraph named; one that does not, none', () => {
    const text = 'Army steps up operations\n\nThe army flew in more troops.\n\nAbu Sayyaf still holds hostages on Jolo. Officials said the group has 400 fighters left. Police arrested 12 Filipinos.';
    expect(run(text).candidates.map((c) => [c.value_text, c.group])).toEqual([['400', 'abu-sayyaf'], ['12', null]]);
  });
});
