/**
 * Claimants on unseen text (extract33), found with probe articles of my own: a body's other name in an aside, a
 * transcript's answering witness, and more. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test('"The AU mission, known as ATMIS, says" names the mission, not "known as ATMIS"', () => {
  expect(shapes('The AU mission, known as ATMIS, says its troops arrested 9 suspects near Kismayo.', at)).toEqual([
    expected({
      value_text: '9',
      value: 9,
      metric: 'arrested',
      claimant: 'AU mission',
      mention: 'The AU mission',
      cue: 'says',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a question-and-answer transcript: the witness a question addresses by name answers the "A:" lines after it', () => {
  const text = [
    'Transcript of the inquiry hearing, day 12',
    '',
    'Q: Ms Harlow, how many people were treated at the scene that night?',
    'A: We treated 112 injured people at the scene. I should correct what I said earlier: it was 114, not 112.',
    'Q: Thank you. Mr Devlin, you were the duty officer.',
    'A: Yes. My log shows 23 officers were injured in the first hour.',
  ].join('\n');
  expect(shapes(text, at)).toEqual([
    expected({ value_text: '112', value: 112, metric: 'victims_injured', claimant: 'Ms Harlow', as_of: '2026-12-05' }),
    expected({ value_text: '114', value: 114, metric: 'victims_injured', claimant: 'Ms Harlow', mention: 'I', cue: 'said' }),
    expected({
      value_text: '23',
      value: 23,
      metric: 'victims_injured',
      claimant: 'Mr Devlin',
      mention: 'My log',
      cue: 'shows',
      as_of: '2026-12-05',
    }),
  ]);
});

test('"The commission\'s report, published on Monday, says" and ", released last week," name the report, not "published"', () => {
  expect(
    shapes(
      "The commission's report, published on Monday, says 412 people were arrested. The report, released last week, says 95 were killed.",
      at,
    ),
  ).toEqual([
    expected({
      value_text: '412',
      value: 412,
      metric: 'arrested',
      claimant: "commission's report",
      mention: "The commission's report",
      cue: 'says',
      as_of: '2026-11-30',
    }),
    // "the report" is the one named before
    expected({
      value_text: '95',
      value: 95,
      metric: 'killed',
      claimant: "commission's report",
      mention: 'The report',
      cue: 'says',
      as_of: '2026-12-05',
    }),
  ]);
});

test('"thinks", "feared" and "tweeted" are cues: "The ministry thinks 300…", "Officials feared 40…", "The army tweeted 25…"', () => {
  expect(
    shapes(
      'The ministry thinks 300 fighters remain in Syria.\n\nOfficials feared 40 villagers were killed in the raid.\n\nThe army tweeted 25 militants had been killed.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: '300',
      value: 300,
      metric: 'members',
      claimant: 'ministry',
      mention: 'The ministry',
      cue: 'thinks',
      as_of: '2026-12-05',
    }),
    expected({
      value_text: '40',
      value: 40,
      metric: 'victims_killed',
      claimant: 'Officials',
      mention: 'Officials',
      cue: 'feared',
      as_of: '2026-12-05',
    }),
    expected({ value_text: '25', value: 25, metric: 'killed', claimant: 'army', mention: 'The army', cue: 'tweeted' }),
  ]);
});

test('"it" is the body its own sentence named before it: "I asked the Prison Service …; it said 9"', () => {
  const text =
    'The Department of Justice says 41 people convicted of terrorism offences are in prison. I asked the Prison Service how many would be supervised after release; it said 9 prisoners would be.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '41',
      value: 41,
      metric: 'arrested',
      group: 'terrorism-all',
      claimant: 'Department of Justice',
      mention: 'The Department of Justice',
      cue: 'says',
      as_of: '2026-12-05',
    }),
    expected({
      value_text: '9',
      value: 9,
      metric: 'arrested',
      group: 'terrorism-all',
      claimant: 'Prison Service',
      mention: 'it',
      cue: 'said',
      as_of: '2026-12-05',
    }),
  ]);
});

test('"11 Member States reported that 120…" names the states, as "Eleven Member States" does; "40 Kenyans told" names nobody', () => {
  expect(shapes('11 Member States reported that 120 returnees had been convicted.', at)).toEqual([
    expected({
      value_text: '120',
      value: 120,
      metric: 'convicted',
      claimant: 'Member States',
      mention: '11 Member States',
      cue: 'reported',
    }),
  ]);
  expect(shapes('40 Kenyans told police that 12 men had left.', at).map((c) => c.claimant)).toEqual([null, null]);
});

test('a source told by its figure\'s noun in lower case, a plural possessor, "Per" opening a sentence', () => {
  const named = (text: string) => shapes(text, at).map((c) => [c.value_text, c.claimant, c.mention, c.cue]);
  expect(named('In the view of the security services, 300 fighters remain abroad.')).toEqual([
    ['300', 'security services', 'the security services', 'In the view of'],
  ]);
  expect(named('By the reckoning of local officials, 45 civilians were killed.')).toEqual([
    ['45', 'local officials', 'local officials', 'By the reckoning of'],
  ]);
  expect(named("The security services' count stands at 300 returnees.")).toEqual([
    ['300', 'security services', "The security services' count", null],
  ]);
  expect(named('Per the interior ministry, 300 suspects were arrested.')).toEqual([
    ['300', 'interior ministry', 'the interior ministry', 'Per'],
  ]);
});

test('who saw a report is no author of it; a briefing is a publication whose author is named before it', () => {
  const named = (text: string) => shapes(text, at).map((c) => [c.value_text, c.claimant, c.mention, c.cue]);
  expect(named('According to a UN report seen by AFP, 300 fighters remain in Syria.')).toEqual([
    ['300', 'UN', 'a UN report', 'According to'],
  ]);
  expect(named("According to the International Crisis Group's latest briefing, 300 fighters remain in Syria.")).toEqual([
    ['300', 'International Crisis Group', "the International Crisis Group's latest briefing", 'According to'],
  ]);
});

test('an authority\'s act told as a fact ("Police arrested 40…") takes no source carried from the sentence before', () => {
  const text =
    'The interior minister, Amina Yusuf, said 300 citizens had joined militant groups abroad. Police in Mombasa detained 40 suspects on Monday.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '300',
      value: 300,
      metric: 'foreign_fighters',
      group: 'jihadist-groups',
      claimant: 'Amina Yusuf',
      mention: 'The interior minister, Amina Yusuf',
      cue: 'said',
    }),
    expected({ value_text: '40', value: 40, metric: 'arrested', group: 'jihadist-groups', as_of: '2026-11-30' }),
  ]);
});

test('"so far" between an auxiliary and its cue: "Kenyan police have so far identified 19…"', () => {
  expect(shapes('Kenyan police have so far identified 19 of the attackers.', at).map((c) => [c.claimant, c.mention, c.cue])).toEqual([
    ['Kenyan police', 'Kenyan police', 'have so far identified'],
  ]);
});

test('"claim" after a plural subject is a cue: "Smith and colleagues claim that 2,100…"; "the claim that" is none', () => {
  const named = (text: string) => shapes(text, at).map((c) => [c.value_text, c.claimant, c.mention, c.cue]);
  expect(named('In their review, Smith and colleagues claim that 2,100 people died in the camps in 2019.')).toEqual([
    ['2,100', 'Smith and colleagues', 'Smith and colleagues', 'claim'],
  ]);
  expect(named('The rebels repeated the claim that 40 soldiers were killed.')).toEqual([['40', null, null, null]]);
});
