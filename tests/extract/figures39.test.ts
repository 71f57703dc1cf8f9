/**
 * Finding figures in text the extractor has not met (extract39): a quotation that opens on its figure, a count after a
 * word of telephones, a bare count whose complement names people. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('a quotation mark before a number opens a quotation, it marks no footnote', () => {
  test('a quotation opening the sentence on its figure', () => {
    expect(shapes('"300 young men have joined," the minister said.', at)).toEqual([
      expected({
        value_text: '300',
        value: 300,
        claimant: 'minister',
        mention: 'the minister',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('a quotation opening after a colon or a comma', () => {
    expect(shapes('The minister said: "300 young men have joined."', at)).toEqual([
      expected({
        value_text: '300',
        value: 300,
        claimant: 'minister',
        mention: 'The minister',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
    expect(shapes('Mr Ali said, "40 fighters returned."', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'returnees',
        claimant: 'Ali',
        mention: 'Mr Ali',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but a marker set against the word before still is one', () => {
    expect(shapes('Police arrested 12 suspects in the raid."4 The statement was issued later.', at).map((c) => c.value_text)).toEqual([
      '12',
    ]);
  });
});

describe('a count of people after a word of telephones is no telephone number', () => {
  test('"reached by phone, 30 people were killed"', () => {
    expect(shapes('According to local elders reached by phone, 30 people were killed.', at)).toEqual([
      expected({
        value_text: '30',
        value: 30,
        metric: 'victims_killed',
        claimant: 'local elders',
        mention: 'local elders',
        cue: 'According to',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but a helpline number after a comma still is one', () => {
    expect(shapes('Relatives can call the helpline, 1515, at any time.', at)).toEqual([]);
  });
});

describe('a bare number is people when it is said to be people', () => {
  test('"1,200 are children", "1,200 were foreigners"', () => {
    expect(shapes('Per the report, 1,200 are children.', at)).toEqual([
      expected({ value_text: '1,200', value: 1200, claimant: 'report', mention: 'the report', cue: 'Per', as_of: '2025-06-01' }),
    ]);
    expect(shapes('The army said 1,200 were foreigners.', at)).toEqual([
      expected({ value_text: '1,200', value: 1200, claimant: 'army', mention: 'The army', cue: 'said', as_of: '2025-06-01' }),
    ]);
  });

  test('but not a thing made for them', () => {
    expect(shapes('Of the 40 schools, 12 are girls’ schools.', at)).toEqual([]);
  });
});

describe('numbers written as other countries write them', () => {
  test('a European thousands point before a plural demonym: "1.500 Belgians"', () => {
    expect(shapes('Nearly 1.500 Belgians travelled to Syria, officials said.', at)).toEqual([
      expected({
        value_text: 'Nearly 1.500',
        value: 1500,
        approximation: 'approximately',
        country: 'BE',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
    expect(shapes('The 1.500 euros were paid.', at)).toEqual([]);
  });

  test('Indian grouping and scales: "1,50,000", "2.3 lakh"', () => {
    expect(shapes('Police said 1,50,000 people were detained.', at)).toEqual([
      expected({
        value_text: '1,50,000',
        value: 150000,
        metric: 'arrested',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
    expect(shapes('About 2.3 lakh people live in the camps.', at)).toEqual([
      expected({ value_text: 'About 2.3 lakh', value: 230000, approximation: 'approximately', metric: 'in_camps', as_of: '2025-06-01' }),
    ]);
  });

  test('millions abbreviated before people, "2.4m followers", but not metres', () => {
    expect(shapes('The group had 2.4m followers.', at)).toEqual([expected({ value_text: '2.4m', value: 2400000, metric: 'members' })]);
    expect(shapes('The wall is 5m high and 2.4m wide.', at)).toEqual([]);
  });
});

describe('a force that lost its members counts its dead', () => {
  test('"lost 312 personnel": victims, as the soldiers an attack killed', () => {
    const said = { claimant: 'military', mention: 'the military', cue: 'said', as_of: '2025-06-01' };
    expect(shapes('Security forces killed 917 militants in the province and lost 312 personnel, the military said.', at)).toEqual([
      expected({ value_text: '917', value: 917, metric: 'killed', ...said }),
      expected({ value_text: '312', value: 312, metric: 'victims_killed', ...said }),
    ]);
  });

  test('"lost two of our soldiers", and a group that lost its fighters lost its killed', () => {
    expect(shapes('We lost two of our soldiers in the ambush," the spokesman said.', at)).toEqual([
      expected({
        value_text: 'two',
        value: 2,
        metric: 'victims_killed',
        claimant: 'spokesman',
        mention: 'the spokesman',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
    expect(shapes('The rebels lost 40 fighters in the battle.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'killed', as_of: '2025-06-01' }),
    ]);
  });

  test('but members lost are not said to be dead', () => {
    expect(shapes('The party lost 40 members in the split.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'members', as_of: '2025-06-01' }),
    ]);
  });
});

describe('a death toll counts victims', () => {
  test('"The death toll has been revised to 31"', () => {
    expect(shapes('The death toll has been revised to 31, a police spokesman said.', at)).toEqual([
      expected({
        value_text: '31',
        value: 31,
        metric: 'victims_killed',
        claimant: 'police spokesman',
        mention: 'a police spokesman',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but not the toll among fighters', () => {
    expect(shapes('The death toll among the militants reached 40, the army said.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'killed', claimant: 'army', mention: 'the army', cue: 'said', as_of: '2025-06-01' }),
    ]);
  });
});

describe('a live blog time stamp and one person age are no counts', () => {
  test('"1015 GMT:" is a time of day', () => {
    expect(shapes('1002 GMT: Rescuers reached the school. 1015 GMT: The army said 12 militants were killed.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'killed', claimant: 'army', mention: 'The army', cue: 'said', as_of: '2025-06-01' }),
    ]);
  });

  test('"His brother, 19," and "The suspect, 24," are ages', () => {
    expect(shapes('His brother, 19, was released. The suspect, 24, was charged on Monday.', at)).toEqual([]);
  });

  test('but four digits before people still count them', () => {
    expect(shapes('The convoy of 1500 fighters left at dawn.', at)).toEqual([
      expected({ value_text: '1500', value: 1500, metric: 'members', as_of: '2025-06-01' }),
    ]);
  });
});

describe('people abducted or freed have no metric of the vocabulary', () => {
  test('"rescued 40 hostages", "412 people were abducted": no metric, not travellers', () => {
    expect(shapes('Troops rescued 40 hostages from the school, the army said.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: null, claimant: 'army', mention: 'the army', cue: 'said', as_of: '2025-06-01' }),
    ]);
    expect(shapes('In Zamfara, 412 people were abducted by gunmen.', at)).toEqual([
      expected({ value_text: '412', value: 412, metric: null, as_of: '2025-06-01' }),
    ]);
  });

  test('but a status near them still decides: hostages killed are victims', () => {
    expect(shapes('Gunmen seized the bakery and 20 hostages were killed.', at)).toEqual([
      expected({ value_text: '20', value: 20, metric: 'victims_killed', as_of: '2025-06-01' }),
    ]);
  });
});
