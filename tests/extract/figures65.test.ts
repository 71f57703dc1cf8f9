/**
 * Numbers that count no people, read by how English writes them (extract65): ages told after a copula whose people
 * stand further back or are one person ("a third of the people we assisted were under 25", "One was 14.", "who is
 * 71"), the youngest's age further than a few words on, two ages of people ("were 16 or 17"). Sentences written for
 * these tests, in the kinds of source the corpora lack (an aid agency's update, an interview, a local report); each
 * assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };
const today = { as_of: '2026-03-01' };

describe('ages told after a copula', () => {
  test('a partitive of people with a relative clause before the copula: "were under 25"', () => {
    expect(shapes('Seven of the children the lawyer follows are now over 18.', at)).toEqual([
      expected({ value_text: 'Seven', value: 7, metric: 'children', ...today }),
    ]);
    expect(shapes('Partners said a third of the people we assisted were under 25.', at).map((c) => c.value_text)).toEqual(['a third']);
    // (a count of people after the bound stays a figure)
    expect(shapes('Most of the camps they visited held under 25 foreign fighters.', at).map((c) => c.value_text)).toEqual(['under 25']);
  });

  test('one person: "One was 14.", "one elder, who is 71"', () => {
    expect(shapes('Most of them were 16 or 17 when they left for Syria. One was 14.', at)).toEqual([]);
    expect(shapes('"Five of my sons went to Syria," said one elder, who is 71.', at)).toEqual([
      expected({
        value_text: 'Five',
        value: 5,
        metric: 'foreign_fighters',
        claimant: 'one elder',
        mention: 'one elder',
        cue: 'said',
        ...today,
      }),
    ]);
  });

  test('the youngest or oldest, their age told further on', () => {
    expect(shapes('The youngest recruit known to the agency was 13.', at)).toEqual([]);
    expect(shapes('Of the 146 returnees, 61 are minors, the oldest of whom is now 17.', at).map((c) => c.value_text)).toEqual([
      '146',
      '61',
    ]);
  });
});

describe('reference labels', () => {
  test('the count a label number is one of: "Page 3 of 86", "level 2 of 4"', () => {
    expect(shapes('Police detained 40 suspects in the raids. The threat is assessed at level 2 of 4.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'arrested', ...today }),
    ]);
    const report =
      'Evaluation of the repatriation of returnees | Final version | Page 3 of 86\n\nKosovo repatriated 110 citizens from Syria.';
    expect(shapes(report, at).map((c) => [c.value_text, c.metric])).toEqual([['110', 'returnees']]);
  });

  test('a number glued to a handle by an underscore: "u/sahel_watch_77"', () => {
    const thread = 'How many fighters are left?\n\nu/sahel_watch_77 (OP) · 40 points\nBy my count 60 fighters remain.';
    expect(shapes(thread, at).map((c) => c.value_text)).toEqual(['60']);
  });

  test('a capitalised word and a number opening a sentence, then a verb or "of": "Court 3 heard", "Case 12 of"', () => {
    const round = 'Police said 23 were arrested. Court 3 heard the case of a woman accused of funding fighters.';
    expect(shapes(round, at).map((c) => c.value_text)).toEqual(['23']);
    const sheriff = 'Four were detained at the scene. Case 12 of the task force concerns 21 suspected militia members.';
    expect(shapes(sheriff, at).map((c) => c.value_text)).toEqual(['Four', '21']);
    // (a name the vocabularies know still opens a list, and a unit's name still arrests its suspects)
    expect(shapes('Densus 88 arrested 142 suspects in seven provinces.', at).map((c) => c.value_text)).toEqual(['142']);
  });

  test('an adverb opening a sentence before a count, and a plural noun before its verb, are no name', () => {
    expect(shapes('Nationwide 300 arrests were made, police said.', at)).toEqual([
      expected({ value_text: '300', value: 300, metric: 'arrested', claimant: 'police', mention: 'police', cue: 'said', ...today }),
    ]);
    const counts = ['Elsewhere 40 suspects were held in Almaty.', 'Afterwards 12 detainees were released.', 'Court 9 cases were opened.'];
    expect(counts.map((c) => shapes(c, at).map((x) => x.value_text))).toEqual([['40'], ['12'], ['9']]);
    // (a verb in -s after the name still makes it one)
    expect(shapes('Site 7 now hosts 400 women and children.', at).map((c) => c.value_text)).toEqual(['400']);
  });
});
