/** Numbers that are not counts of people, refused by general rules; sentences written for these tests. */
import { expected, run, shapes } from './support';

const rejectedKinds = (text: string) => run(text).rejected.map((r) => `${text.slice(r.start, r.end)}:${r.kind}`);

describe('numbers that count nobody', () => {
  test('telephone numbers after "Tel", "+", "hotline"; numbers with a leading zero, and every group after one', () => {
    expect(shapes('Tel: +44 20 7946 0958. The hotline is 1800 2626 473. Call 0800 123 456.')).toEqual([]);
    // every group of a number that opens with a trunk prefix, however it is joined
    expect(shapes('Contact NIA on 011-24368800. Press enquiries: 0300 123 3535. Media: (02) 6277 7860, or (064) 552-1234.')).toEqual([]);
    // a year and a bracketed count are no telephone number
    expect(shapes('Police arrested 40 suspects in 2013 (12 women).').map((c) => c.value_text)).toEqual(['40', '12']);
  });

  test('money named with its country, an age bound, a question number and a count of an indictment count nobody', () => {
    expect(rejectedKinds('Police seized 38 pistols and 212,000 Turkish lira in cash.')).toEqual(['38:count_not_people', '212,000:money']);
    expect(rejectedKinds('Each former rebel may receive up to ₱65,000.')).toEqual(['65,000:money']);
    expect(shapes('A third of the suspects were 25 or younger, and 41 were minors.').map((c) => c.value_text)).toEqual(['A third', '41']);
    expect(
      shapes('Question 2 How many Dutch jihadists have travelled? Answer 2 In total, roughly 300 left.').map((c) => c.value_text),
    ).toEqual(['roughly 300']);
    expect(shapes('The third accused was convicted on count 3 and on counts 5 and 6.')).toEqual([]);
    // "counts" as a verb still takes its figure, and "or more" is a bound, not an age
    expect(
      shapes('Swiss intelligence counts 12 jihadist returnees. Police arrested 1,000 or more people.').map((c) => c.value_text),
    ).toEqual(['12', '1,000 or more']);
  });

  test('the unit after the upper bound of a range is its lower bound\'s too: "from eight to 14 years"', () => {
    expect(
      rejectedKinds('The court convicted nine defendants; sentences ranged from eight to 14 years, and fines from 5 to 10 per cent.'),
    ).toEqual(['eight:duration', '14:duration', '5:percentage', '10:percentage']);
    expect(shapes('The court convicted nine defendants; sentences ranged from eight to 14 years.').map((c) => c.value_text)).toEqual([
      'nine',
    ]);
  });

  test('a share of an amount or of things ("half of the budget") counts nobody; a share of people is a figure', () => {
    const figures = (second: string) => shapes(`Officials said 300 Kazakhs had gone to Syria. ${second}`).map((c) => c.value_text);
    expect(figures('About half of the budget went to prisons.')).toEqual(['300']);
    expect(figures('Nearly half of the money was spent on camps.')).toEqual(['300']);
    expect(figures('More than half of the returnees were children.')).toEqual(['300', 'More than half']);
    // a mass noun before another noun is a modifier: the people are still counted
    expect(shapes('Around 25 land owners were arrested, police said.').map((c) => c.value_text)).toEqual(['Around 25']);
  });

  test('digits run into letters are part of a name: "the 6ID", "G7", "4G"; the count beside them is proposed', () => {
    expect(shapes('Troops of the 6ID and G7 envoys on 4G phones said 40 militants were killed.').map((c) => c.value_text)).toEqual(['40']);
  });

  test('a paragraph or list number opening a sentence is a label, the counts after it are not', () => {
    expect(shapes('7. Police detained 14 suspects. 8. Of the 32, 19 were released.').map((c) => c.value_text)).toEqual(['14', '32', '19']);
    expect(rejectedKinds('7. Police detained 14 suspects. 8. Of the 32, 19 were released.')).toEqual(['7:label', '8:label']);
  });

  test('a hypothetical number of people an attacker meant to kill', () => {
    expect(shapes('The plotter envisaged killing at least 10 people. Police said he planned to kill up to 50 worshippers.')).toEqual([]);
  });

  test('"one of 12 detainees" picks out one person; "1 in 5 returnees" is a ratio', () => {
    expect(shapes('The youth was one of 12 detainees.').map((c) => c.value_text)).toEqual(['12']);
    expect(shapes('Officials say 1 in 5 returnees reoffend.')).toEqual([]);
  });

  test('a month and a day need nothing but a space between: "Since 2 January, 14 Iraqis" counts 14', () => {
    expect(shapes('Since 2 January, 14 Iraqis have been repatriated.')).toEqual([
      expected({ value_text: '14', value: 14, metric: 'returnees', country: 'IQ' }),
    ]);
    expect(shapes('On January 14 police arrested 30 Kazakhs.').map((c) => c.value_text)).toEqual(['30']);
  });

  test('millions of citizens are a population', () => {
    expect(shapes('The law covers 450 million citizens, and 20 Danes were charged under it.').map((c) => c.value_text)).toEqual(['20']);
  });

  test('a footnote marker glued to the full stop ends the sentence: "in 2022.5 The camp…"', () => {
    const [, camp] = shapes('Some 400 Iraqis were repatriated in 2022.5 The camp holds 50,000 people.');
    expect(camp).toMatchObject({ value_text: '50,000', metric: 'in_camps' });
  });

  test('the number a trial or a study gives a person is a label: "defendant 5", "Suspect 3", "suspects 2, 5 and 9"', () => {
    expect(rejectedKinds('Defendants 1 to 4 were convicted; defendant 5 was acquitted, of the 5 tried.')).toEqual([
      '1:label',
      '4:label',
      '5:label',
    ]);
    expect(shapes('Defendants 1 to 4 were convicted; defendant 5 was acquitted, of the 5 tried.').map((c) => c.value_text)).toEqual(['5']);
    expect(shapes('Suspect 3, a 24-year-old, was one of 12 arrested.').map((c) => c.value_text)).toEqual(['12']);
    expect(shapes('Police detained suspects 2, 5 and 9 among the 14 held.').map((c) => c.value_text)).toEqual(['14']);
    expect(shapes('Witnesses 2 and 4 said 30 fighters had crossed; Witness 7 put it at 40.').map((c) => c.value_text)).toEqual([
      '30',
      '40',
    ]);
    expect(shapes('Detainee 45 told the inspectors that 60 men shared one cell.').map((c) => c.value_text)).toEqual(['60']);
    // a plural role noun before a lone number may be a table's count, and a count before the noun is one
    expect(shapes('Defendants 12 and the court tried 20 suspects.').map((c) => c.value_text)).toEqual(['12', '20']);
    expect(shapes('The court convicted 3 defendants and 2 suspects.').map((c) => c.value_text)).toEqual(['3', '2']);
  });

  test('a sub-clause of a law is a label: "Article 401(1)", "section 13(1)(b)"', () => {
    expect(shapes('The court convicted them under Article 401(1) and section 13(1)(b) of the Penal Code.')).toEqual([]);
    expect(rejectedKinds('Five men were charged under Article 401(1).')).toEqual(['401:label', '1:label']);
  });

  test('a number a thing or a person is known by is a label: "prisoner number 4471", "badge 2231", "Case No. 1-45"', () => {
    expect(shapes('Prisoner number 4471 was among 9 men transferred, the statement said.').map((c) => c.value_text)).toEqual(['9']);
    expect(shapes('The unit detained 44 people, said officer Amir, badge 2231.').map((c) => c.value_text)).toEqual(['44']);
    expect(rejectedKinds('Prosecutors opened Case No. 1-45 against 8 suspects.')).toEqual(['1:label', '45:label']);
    expect(shapes('Police moved 31 detainees from Ward 3 and Tent 12 to Sector 4.').map((c) => c.value_text)).toEqual(['31']);
    // "number" as a verb, or a total's noun, keeps its figure
    expect(shapes('Fighters who came back would number 345, according to the ministry.').map((c) => c.value_text)).toEqual(['345']);
    expect(shapes('Foreign fighters number 300, officials said.').map((c) => c.value_text)).toEqual(['300']);
  });

  test('ages told by "in their 20s", "the youngest … was 19, the oldest 54", "ages 21 to 30" are ages', () => {
    expect(shapes('Most of the 230 returnees are in their 20s, police said.').map((c) => c.value_text)).toEqual(['230']);
    expect(shapes('The youngest of the 31 convicted was 19, the oldest 54.').map((c) => c.value_text)).toEqual(['31']);
    expect(shapes('Twelve of the women, ages 21 to 30, were sentenced.').map((c) => c.value_text)).toEqual(['Twelve']);
  });

  test('a unit\'s name opening a sentence is no count: "Densus 88 arrested 142 suspects"; a qualifier before a count is', () => {
    expect(shapes('Densus 88 arrested 142 suspects, a police spokesman said.').map((c) => c.value_text)).toEqual(['142']);
    expect(shapes('Exactly 40 returned home last week. Kazakhstan 150 returned, officials said.').map((c) => c.value_text)).toEqual([
      '40',
      '150',
    ]);
  });

  test('a small number between a place and a place of custody or care is that place name: "the Jeddah 1 rehabilitation centre"', () => {
    const text = 'Iraq brought back 712 people, who are screened at the Jeddah 1 rehabilitation centre near Mosul before going home.';
    expect(shapes(text).map((c) => c.value_text)).toEqual(['712']);
    // the people of such a place, and a place opening its clause, still count (controls)
    expect(shapes('In Hasakah 15 camp guards were killed.').map((c) => c.value_text)).toEqual(['15']);
    expect(shapes('In Syria 150 Kazakhs were killed.').map((c) => c.value_text)).toEqual(['150']);
  });

  test('a street address\'s number is a label: "22 Baker Street", "14 rue de la Paix"', () => {
    expect(shapes('Police said 5 suspects were arrested at 22 Baker Street, flat 3.').map((c) => c.value_text)).toEqual(['5']);
    expect(shapes('Six men were held at 14 rue de la Paix and 7 Jalan Sudirman.').map((c) => c.value_text)).toEqual(['Six']);
    // a count before a place that is no street keeps its figure
    expect(shapes('Police said 40 Chechen fighters crossed into Georgia.').map((c) => c.value_text)).toEqual(['40']);
  });

  test('households, buses, firearms, interviews and member states are counted things, not people', () => {
    expect(shapes('A convoy of forty-two buses carried 618 families home, and police seized 12 firearms after 38 interviews.')).toEqual([]);
    expect(shapes('About 40 families returned from the camp. One Member State objected.')).toEqual([]);
    // a family's members are people
    expect(shapes('About 40 family members returned.').map((c) => c.value_text)).toEqual(['About 40']);
  });

  test('ratios: "for every", "per", "by a factor of"', () => {
    expect(shapes('There is one doctor for every 5,000 residents, or 2 nurses per 1,000 people.').map((c) => c.value_text)).toEqual([]);
    expect(shapes('Officials said the number of returnees had grown by a factor of two.')).toEqual([]);
  });

  test('an age stated as what an age or the youngest "was": "the median age at departure was 27"', () => {
    expect(rejectedKinds('The median age at departure was 27. Their average age was 24 and the youngest was 13.')).toEqual([
      '27:age',
      '24:age',
      '13:age',
    ]);
    // a count after an age is still a count
    expect(shapes('Police arrested 40 of the 300 people aged over 18.').map((c) => c.value_text)).toEqual(['40', '300']);
  });

  test('every age of a list after "aged" is an age', () => {
    expect(shapes('The three suspects, aged 19, 22 and 31, were arrested.').map((c) => c.value_text)).toEqual(['three']);
  });
});

describe('number words', () => {
  test('"and" joins a number below a hundred to its hundreds and thousands', () => {
    expect(
      shapes('Six hundred and eighteen families comprising two thousand and eleven individuals arrived.').map((c) => [
        c.value_text,
        c.value,
      ]),
    ).toEqual([['two thousand and eleven', 2011]]);
    expect(shapes('Officials said between eight hundred and fifteen hundred fighters remain.')[0]).toMatchObject({
      value_low: 800,
      value_high: 1500,
      approximation: 'range',
    });
    expect(shapes('The observatory counted one hundred eighty-seven fighters killed.')[0]).toMatchObject({ value: 187 });
  });
});

describe("documents' numbers and financial years", () => {
  test("a memo's, a schedule's or a recital's number is a label, also its later part and in brackets", () => {
    const values = (text: string) => shapes(text).map((c) => c.value_text);
    expect(values('Amendment 7 to the bill would cover 80 returnees. Schedule 3 of the Act applies to them.')).toEqual(['80']);
    expect(values('Transfer No. 2 of 2016 sent 15 detainees to the UAE. Memo 24-117 says 9 men remain.')).toEqual(['15', '9']);
    expect(values('Recital (7): some 300 nationals remain in camps. Recital 12 adds that 45 have returned.')).toEqual(['some 300', '45']);
    // a count in brackets after people is still a count
    expect(values('Women (12) and men (30) were repatriated.')).toEqual(['12', '30']);
  });

  test('the second year of a financial or parliamentary year is no count: the 24 of "2023–24"', () => {
    expect(shapes('In 2023–24, 250 people were arrested.', { published: '2024-05-01' })).toEqual([
      expected({ value_text: '250', value: 250, metric: 'arrested', as_of: '2024-05-01' }),
    ]);
  });
});

describe('a web walkthrough article (web25)', () => {
  test('"In early 2015 officials said…": a year after a season word is a year though people follow it', () => {
    expect(shapes('In early 2015 officials said about 300 Tajiks were in Syria.', { published: '2024-05-01' })).toEqual([
      expected({
        value_text: 'about 300',
        value: 300,
        approximation: 'approximately',
        country: 'TJ',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2015',
      }),
    ]);
  });

  test('a dateline set off by two hyphens is no part of the claimant: "DUSHANBE -- Tajikistan\'s Interior Ministry says"', () => {
    const text = "DUSHANBE -- Tajikistan's Interior Ministry says that 1,899 Tajik citizens travelled to Syria.";
    expect(shapes(text, { published: '2024-05-01' })).toEqual([
      expected({
        value_text: '1,899',
        value: 1899,
        country: 'TJ',
        claimant: "Tajikistan's Interior Ministry",
        mention: "Tajikistan's Interior Ministry",
        cue: 'says',
        as_of: '2024-05-01',
      }),
    ]);
  });
});

describe('a table aligned by spaces', () => {
  test('a row of numbers only is a table row when the heading above names its columns ("2016    37    29")', () => {
    const text =
      'The prosecutors published a table of returnees by year:\n\nYear    Returned    Convicted\n2016    37          29\n2017    52          41\n';
    expect(shapes(text, { published: '2024-05-01' })).toEqual([
      expected({ value_text: '37', value: 37, metric: 'returnees', as_of: '2016' }),
      expected({ value_text: '29', value: 29, metric: 'convicted', as_of: '2016' }),
      expected({ value_text: '52', value: 52, metric: 'returnees', as_of: '2017' }),
      expected({ value_text: '41', value: 41, metric: 'convicted', as_of: '2017' }),
    ]);
    // a line of numbers alone, with no heading above it, is still a chart's axis or a map's scale
    expect(shapes('Fighters by district\n\n0    50    100\n\nPolice said 12 were arrested.').map((c) => c.value_text)).toEqual(['12']);
  });
});
