/**
 * Rules found by studying held-out 13 (extract20: claimant and country on unseen text), each written as a general
 * mechanism and tested on sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('claimant: the form of a name', () => {
  test('a body named with its acronym in brackets after "According to" is "Full Name (ACR)", carried so too', () => {
    const text =
      'According to the Danish Security and Intelligence Service (PET), 160 people have travelled from Denmark to Syria since 2012. About 40 of them have returned.';
    const pet = 'Danish Security and Intelligence Service (PET)';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '160',
        value: 160,
        country: 'DK',
        claimant: pet,
        mention: 'the Danish Security and Intelligence Service (PET)',
        cue: 'According to',
        as_of: '2025-06-01',
      }),
      expected({
        value_text: 'About 40',
        value: 40,
        approximation: 'approximately',
        metric: 'returnees',
        country: 'DK',
        claimant: pet,
        as_of: '2025-06-01',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('a speaker label naming a titled person in brackets after a role is the person without the title', () => {
    const text = [
      'Minister for the Interior (Senator Karin Holt): 35 people have returned this year.',
      '',
      'Senator Lars Dahl: And how many remain abroad?',
      '',
      'Senator Karin Holt: Some 60 remain in the camps.',
    ].join('\n');
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '35',
        value: 35,
        metric: 'returnees',
        claimant: 'Karin Holt',
        mention: 'Minister for the Interior (Senator Karin Holt)',
        as_of: '2025',
      }),
      expected({
        value_text: 'Some 60',
        value: 60,
        approximation: 'approximately',
        metric: 'in_camps',
        claimant: 'Karin Holt',
        mention: 'Senator Karin Holt',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('a surname is the full name the text gave, without a professor’s title, and is carried so', () => {
    const text =
      'The survey was led by Professor Ines Marlow of the university. "We found 420 women in the files," Marlow said. "About 90 of them have come home."';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '420',
        value: 420,
        metric: 'women',
        claimant: 'Ines Marlow',
        mention: 'Marlow',
        cue: 'said',
        as_of: '2025-06-01',
      }),
      expected({
        value_text: 'About 90',
        value: 90,
        approximation: 'approximately',
        metric: 'returnees',
        claimant: 'Ines Marlow',
        as_of: '2025-06-01',
        relations: ['part_of c1'],
      }),
    ]);
  });
});

describe('country: a count given for a country', () => {
  test('a clause opened by "for <country>" counts its nationals, and a later one does not reach back over the figure', () => {
    const text =
      'The researchers found that 5,000 people left North Africa to fight in Syria. For Jordan they find 2,100 fighters, and for Lebanon fewer than 900.';
    const researchers = { claimant: 'researchers', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '5,000', value: 5000, country: '015', mention: 'The researchers', cue: 'found', ...researchers }),
      expected({ value_text: '2,100', value: 2100, country: 'JO', mention: 'they', cue: 'find', ...researchers }),
      expected({
        value_text: 'fewer than 900',
        value: 900,
        value_high: 900,
        approximation: 'less_than',
        country: 'LB',
        mention: 'they',
        cue: 'find',
        ...researchers,
      }),
    ]);
  });
});

describe('claimant: where an attribution stops', () => {
  test('an attack told as what killed people is the writer’s account: the source before it is not carried', () => {
    const text =
      'The group has killed more than 300 civilians in the province since 2022, according to the Congo Research Group. Its deadliest attack, on a market in Beni in May, killed 37 people.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'more than 300',
        value: 300,
        value_low: 300,
        approximation: 'more_than',
        metric: 'victims_killed',
        claimant: 'Congo Research Group',
        mention: 'the Congo Research Group',
        cue: 'according to',
        as_of: '2025-06-01',
      }),
      expected({ value_text: '37', value: 37, metric: 'victims_killed', as_of: '2025-05' }),
    ]);
  });

  test('a court’s verdict told as a fact is a public record: the source before it is not carried', () => {
    const text =
      'The Swedish Prosecution Authority says 25 people have been charged with terrorism offences since 2020. Last year, the district court in Malmo convicted nine of them.';
    const terrorism = { group: 'terrorism-all' };
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '25',
        value: 25,
        metric: 'charged',
        claimant: 'Swedish Prosecution Authority',
        mention: 'The Swedish Prosecution Authority',
        cue: 'says',
        as_of: '2025-06-01',
        ...terrorism,
      }),
      expected({ value_text: 'nine', value: 9, metric: 'convicted', as_of: '2024', relations: ['part_of c1'], ...terrorism }),
    ]);
  });
});

describe('show notes: a time code opening a line', () => {
  test('the time code stands before the subject of the cue and before the country that opens the line', () => {
    const text = [
      'Episode 12',
      '',
      '(03:40) Amina says Kenya has brought back 85 of its citizens since 2020.',
      '(12:10) Tanzania as the comparison: some 300 returned since 2019.',
    ].join('\n');
    const returnees = { metric: 'returnees', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '85', value: 85, country: 'KE', claimant: 'Amina', mention: 'Amina', cue: 'says', ...returnees }),
      expected({ value_text: 'some 300', value: 300, approximation: 'approximately', country: 'TZ', ...returnees }),
    ]);
  });
});

describe('claimant: a relative clause’s subject', () => {
  test('"X cites the body, which says N": the body named in lower case, not the clause it is the object of', () => {
    const text =
      'The newspaper quotes the federal prison service (FPS), which says 35 inmates convicted of terrorist offences will be released in 2026.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '35',
        value: 35,
        metric: 'convicted',
        group: 'terrorism-all',
        claimant: 'federal prison service',
        mention: 'the federal prison service (FPS)',
        cue: 'says',
        as_of: '2026',
      }),
    ]);
  });
});

describe('country: people said to be from a place inside a country', () => {
  test('"of whom 1,200 are from Dagestan", "the figure of 2,500 from the North Caucasus": the place is their origin', () => {
    const text =
      "The researcher's database holds 3,100 names, of whom 1,200 are from Dagestan and 950 from Chechnya. The official figure of 2,500 from the North Caucasus is too low, he says.";
    const fighters = { as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '3,100', value: 3100, ...fighters }),
      expected({ value_text: '1,200', value: 1200, country: 'RU-DA', relations: ['part_of c1'], ...fighters }),
      expected({ value_text: '950', value: 950, country: 'RU-CE', relations: ['part_of c1'], ...fighters }),
      expected({ value_text: '2,500', value: 2500, country: 'RU', claimant: 'he', mention: 'he', cue: 'says', ...fighters }),
    ]);
  });
});

describe('claimant: a source relayed by another', () => {
  test('"X reports that <source> <cue> N": the source of the that-clause is the claimant, X relays it', () => {
    const dated = { as_of: '2025-06-01' };
    expect(shapes('Le Monde reports that the interior ministry estimates 120 French children remain in the camps.', at)).toEqual([
      expected({
        value_text: '120',
        value: 120,
        metric: 'in_camps',
        country: 'FR',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'estimates',
        relayed_by: 'Le Monde',
        ...dated,
      }),
    ]);
    expect(
      shapes(
        'In Belgium, De Standaard reports that the State Security Service now tracks 85 Belgian fighters who are alive in the region.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '85',
        value: 85,
        country: 'BE',
        claimant: 'State Security Service (Belgium)',
        mention: 'the State Security Service',
        cue: 'tracks',
        relayed_by: 'De Standaard',
        ...dated,
      }),
    ]);
  });

  test('"X reported in <year>, citing Y, that N": a date after the cue does not hide the source cited', () => {
    expect(
      shapes('Reuters reported in 2023, citing a defence ministry official, that about 60 fighters had crossed into Iraq.', at),
    ).toEqual([
      expected({
        value_text: 'about 60',
        value: 60,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'defence ministry official',
        mention: 'a defence ministry official',
        cue: 'citing',
        relayed_by: 'Reuters',
        as_of: '2023',
      }),
    ]);
  });
});

describe('claimant: a tag closing the sentence', () => {
  test('", the report finds." at the end of a sentence is a tag, its verb the cue, not a noun at a clause’s end', () => {
    expect(shapes('Of the Moroccans, 430 went to Libya rather than Syria, the report finds.', at)).toEqual([
      expected({
        value_text: '430',
        value: 430,
        country: 'MA',
        claimant: 'report',
        mention: 'the report',
        cue: 'finds',
        as_of: '2025-06-01',
      }),
    ]);
  });
});
