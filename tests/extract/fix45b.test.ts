/** Lane fix45b: the independent review's extractor findings; sentences written for these tests. */
import { expected, shapes } from './support';

describe('people who serve, named before a relative clause whose verb takes another figure', () => {
  test('casualties before "that/which/who killed N" are counted, as are the people the clause counts', () => {
    expect(shapes('Three police officers injured in the attack that killed five civilians were taken to hospital, police said.')).toEqual([
      expected({ value_text: 'Three', value: 3, metric: 'victims_injured', claimant: 'police', mention: 'police', cue: 'said' }),
      expected({ value_text: 'five', value: 5, metric: 'victims_killed', claimant: 'police', mention: 'police', cue: 'said' }),
    ]);
    expect(shapes('Five guards wounded in an assault which killed 9 inmates were evacuated, the prison service said.')).toEqual([
      expected({
        value_text: 'Five',
        value: 5,
        metric: 'victims_injured',
        claimant: 'prison service',
        mention: 'the prison service',
        cue: 'said',
      }),
      expected({ value_text: '9', value: 9, metric: 'killed', claimant: 'prison service', mention: 'the prison service', cue: 'said' }),
    ]);
    expect(shapes('Six gendarmes wounded by gunmen who killed 14 villagers were airlifted out, the army said.')).toEqual([
      expected({ value_text: 'Six', value: 6, metric: 'victims_injured', claimant: 'army', mention: 'the army', cue: 'said' }),
      expected({ value_text: '14', value: 14, metric: 'victims_killed', claimant: 'army', mention: 'the army', cue: 'said' }),
    ]);
  });

  test('people who serve as the agents of a verb with a figure for its object stay uncounted', () => {
    expect(shapes('8 officers arrested 30 suspects in the raid, police said.')).toEqual([
      expected({ value_text: '30', value: 30, metric: 'arrested', claimant: 'police', mention: 'police', cue: 'said' }),
    ]);
  });
});

describe('a camp over its capacity', () => {
  test('the capacity is no claim, the people the camp now holds are', () => {
    expect(shapes('The camp can hold 1,500 people but now houses more than 4,000, UNHCR said.')).toEqual([
      expected({
        value_text: 'more than 4,000',
        value: 4000,
        value_low: 4000,
        approximation: 'more_than',
        metric: 'in_camps',
        claimant: 'UNHCR',
        mention: 'UNHCR',
        cue: 'said',
      }),
    ]);
    expect(shapes('The camp was designed for 2,000 people but now shelters around 6,500, the agency said.')).toEqual([
      expected({
        value_text: 'around 6,500',
        value: 6500,
        approximation: 'approximately',
        metric: 'in_camps',
        claimant: 'agency',
        mention: 'the agency',
        cue: 'said',
      }),
    ]);
  });
});

describe('people who complete or leave a programme for leaving extremism', () => {
  test('they are counted as returnees when such a programme is named', () => {
    expect(shapes('Some 300 participants have completed the exit programme, the ministry said.')).toEqual([
      expected({
        value_text: 'Some 300',
        value: 300,
        approximation: 'approximately',
        metric: 'returnees',
        claimant: 'ministry',
        mention: 'the ministry',
        cue: 'said',
      }),
    ]);
    expect(shapes('About 120 participants left the deradicalisation programme early.')).toEqual([
      expected({ value_text: 'About 120', value: 120, approximation: 'approximately', metric: 'returnees' }),
    ]);
  });

  test('the participants of a programme of another kind are still no claim', () => {
    expect(shapes('The mentoring scheme reached 300 participants in its first year.')).toEqual([]);
    expect(shapes('Some 300 participants have completed the cookery course.')).toEqual([]);
  });
});

describe('a number from 1000 to 2100 before a conjunction', () => {
  test('modifiers joined by a conjunction before the people noun leave it a count', () => {
    expect(shapes('Some 2000 foreign and local fighters remain in Idlib, the monitor said.')).toEqual([
      expected({
        value_text: 'Some 2000',
        value: 2000,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        claimant: 'monitor',
        mention: 'the monitor',
        cue: 'said',
      }),
    ]);
  });

  test('a verb after the conjunction still makes it a year', () => {
    expect(shapes('Police raided the flat in 2023 and arrested 15 people.')).toEqual([
      expected({ value_text: '15', value: 15, metric: 'arrested', as_of: '2023' }),
    ]);
  });
});
