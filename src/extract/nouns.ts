/** Which words name people and which name things: the test of whether a number counts people. */
// The words, space-separated: one list of people nouns and one of thing nouns, so that a vocabulary is easy to read
// and extend. A number followed by a people noun counts people; by a thing noun, things.
const PEOPLE = `
  people person persons individual individuals man men woman women child children minor minors kid kids boy boys girl
  girls orphan orphans baby babies infant infants toddlers teenagers youths youngsters adolescents fighter fighters
  militant militants jihadist jihadists jihadi jihadis extremist extremists terrorist terrorists insurgent insurgents
  rebel rebels combatant combatants recruit recruits member members supporter supporters follower followers
  sympathiser sympathisers sympathizer sympathizers traveller travellers traveler travelers volunteer volunteers
  mercenary mercenaries national nationals citizen citizens resident residents civilian civilians refugee refugees
  migrant migrants returnee returnees detainee detainees prisoner prisoners inmate inmates suspect suspects accused
  convict convicts defendant defendants victim victims casualties dead deaths soldier soldiers troops policemen
  officers guards wife wives widow widows husbands mothers fathers relatives students muslims converts foreigner
  foreigners guys hostages captives bomber bombers attackers gunmen operatives cadres loyalists adherents radicals
  islamists salafists hardliners clerics imams commanders officials agents informants deportees evacuees survivors
  wounded injured killed missing personnel staff workers employees arrests arrested detained returned convicted
  charged repatriated deported jihadis warriors mujahideen passengers pilgrims worshippers protesters demonstrators
  activists leaders emirs brides sons daughters brothers sisters fugitives escapees defectors deserters veterans
  graduates trainees cases crew villagers schoolgirls schoolboys schoolchildren pupils teachers farmers herders
  fishermen miners christians yazidis shia shiites sunnis locals inhabitants natives settlers tourists journalists
  doctors nurses peacekeepers policemen gendarmes militiamen tribesmen kidnappers abductees hostage
  captive salafis wahhabis preachers recruiters facilitators financiers smugglers traffickers persons
  minors adults males females juveniles teens newborns spouses parents grandchildren dependants dependents nationals
  expatriates emigrants immigrants asylum applicants arrivals departures travellers individuals beneficiaries
  participants internees conscripts nephews nieces cousins uncles aunts siblings grandsons granddaughters grandparents
  stepsons stepdaughters in-laws
`;
// People who serve, counted as a force or a staff unless a status is said of them (figures.ts, PERSONNEL): read as
// people so that their number is refused or kept by that rule, not by the topic before it.
const PEOPLE_WHO_SERVE = `
  stewards analysts firefighters paramedics rescuers marshals wardens servicemen
`;
// People a place or an institution holds or serves, a population unless a status is said of them (figures.ts, SERVED):
// read as people for the same reason.
const PEOPLE_SERVED = `
  voters electors visitors spectators congregants parishioners attendees tenants shoppers commuters witnesses
`;
// People named by what they did or what was done to them in crime, conflict, justice and migration (not a general
// vocabulary of people: a wider one took every noun for a person and cost precision).
const PEOPLE_OF_CRIME_AND_CONFLICT = `
  offenders perpetrators culprits assailants criminals murderers killers hijackers assassins snipers shooters
  guerrillas paramilitaries accomplices co-defendants codefendants arrestees recidivists parolees probationers
  absconders infiltrators plotters conspirators abductors rioters looters repatriates asylees stowaways bodies corpses mules
  elements
`;
// People named by the cause, the creed or the side they took, the ledger's own subject ("40 secessionists", "12 neo-Nazis",
// "300 FTFs", "the 20 Gefährder"), and by the part they played for a group or an enemy ("8 couriers", "5 spies"); not
// "separatists", an alias of the ledger's separatist groups (a group's word is no word for people: ledger-words-fit).
const PEOPLE_OF_A_CAUSE = `
  ftfs secessionists nationalists supremacists neo-nazis neonazis skinheads anarchists anti-fascists
  antifascists dissidents partisans fedayeen fanatics zealots takfiris mujahedin mujahidin mujahedeen apostates
  gefährder affiliates associates couriers spies collaborators souls westerners expats lads descendants newcomers
`;
// households are not people: "618 families" says how many households, not how many persons (the rest: weapons,
// places, documents, money and units that numbers count)
const THINGS = `
  attack attacks plot plots incident incidents bombings explosions countries country states nations islands provinces
  regions cities towns villages districts cell cells groups organisations organizations camps prisons jails seconds
  second minute minutes min hour hours day days week weeks month months year years decade decades century centuries
  times percent dollars euros pounds rubles roubles km kilometres kilometers miles metres meters tonnes tons kg pages
  articles reports report videos posts accounts websites sites laws resolutions operations raids strikes airstrikes
  missiles rockets weapons guns rifles vehicles cars trucks flights planes aircraft boats homes houses buildings
  mosques schools churches tents points votes seats items documents passports languages words steps rounds shots bombs
  projects programmes programs measures meetings waves stages phases ways reasons aspects issues kinds types branches
  offices factions brigades battalions units fronts areas sections chapters aspect way thing things charges counts
  sentences verdicts trials hearings warrants crimes offences offenses acts actions events sources studies tables
  member-states kilograms litres billion million dollar euro pound hectares acres per pc pct casings messages calls
  tweets languages editions issues episodes seasons games goals matches awards prizes stars degrees tanks family
  families household households buses convoys firearms interviews surveys questionnaires doses beds shelters dwellings
  kilos grams cartridges grenades devices drones phones computers nationalities ethnicities municipalities governorates
  neighbourhoods neighborhoods facilities centres centers bases checkpoints positions hideouts compounds madrassas
  charities companies entities networks channels handles profiles pages urls links publications magazines leaflets
  explosives ieds ammunition munitions motorcycles ships vessels helicopters cameras laptops searches seizures
  indictments judgments judgements visas permits applications requests notices alerts tips files dossiers hotspots
  incursions clashes ambushes assaults kidnappings abductions executions beheadings shootings stabbings
  appeals complaints petitions communities batches rows entries records comments corrections mistakes errors sessions
  lectures trainings workshops courses republics territories counties oblasts prefectures emirates blasts detonations
  proceedings parishes dioceses samples bags trips
`;
// The acts a count of people is told by: "repatriations reached 1,043", "45 fatalities".
const ACTS_ON_PEOPLE = `
  fatalities repatriations deportations extraditions expulsions detentions convictions homicides murders killings
  assassinations
`;
/** The lists of persons (not ACTS_ON_PEOPLE, which count what is done to people), word by word. */
const PERSON_WORDS = [PEOPLE, PEOPLE_OF_CRIME_AND_CONFLICT, PEOPLE_OF_A_CAUSE, PEOPLE_WHO_SERVE, PEOPLE_SERVED]
  .flatMap((list) => list.split(/\s+/))
  .filter(Boolean);
const PEOPLE_SET = new Set([...PERSON_WORDS, ...ACTS_ON_PEOPLE.split(/\s+/).filter(Boolean)]);
/** Plurals of the lists that name no single person when made singular: "one case", "one death", "one body". */
const NO_SINGLE_PERSON = new Set([
  'cases',
  'arrests',
  'deaths',
  'bodies',
  'corpses',
  'elements',
  'departures',
  'arrivals',
  'mules',
  'souls',
]);
/**
 * The singular of a people noun the lists hold as a plural ("officers" → "officer", "policemen" → "policeman",
 * "witnesses" → "witness"): a person, as "one police officer was injured" counts one (not the acts of ACTS_ON_PEOPLE).
 */
const SINGLE_PERSON = new Map(
  PERSON_WORDS.filter((w) => /(?:s|men)$/.test(w) && !NO_SINGLE_PERSON.has(w)).map((w) => [
    /men$/.test(w) ? w.replace(/men$/, 'man') : /(?:ss|sh|ch|x)es$/.test(w) ? w.slice(0, -2) : w.slice(0, -1),
    w,
  ]),
);

/**
 * The plural of a person named in the singular that the lists do not hold ("officer" → "officers", "gunman" →
 * "gunmen", "teenager" → "teenagers"), or null.
 */
export function pluralOfPerson(lower: string): string | null {
  return SINGLE_PERSON.get(lower) ?? null;
}

/**
 * What a number of people is called: "the death toll rose to 45", "its strength at 800". Not nouns a number counts
 * ("From 2008 the group moved much of its strength"), so apart from PEOPLE: only what a figure before is said to be.
 */
const COUNTS_OF_PEOPLE = new Set(['toll', 'strength', 'membership', 'manpower', 'headcount']);

/** Whether the word names a number of people ("toll", "strength"): a figure it is said to be counts people. */
export function namesCountOfPeople(lower: string): boolean {
  return COUNTS_OF_PEOPLE.has(lower);
}
const THINGS_SET = new Set(THINGS.split(/\s+/).filter(Boolean));

/**
 * Nouns of amounts that are not counted ("half of the budget", "a third of the territory"). Not in THINGS: before
 * another noun they are modifiers of it ("aid workers", "land owners", "territory defence fighters").
 */
const MASS = new Set(['budget', 'money', 'funds', 'funding', 'spending', 'revenue', 'income', 'aid', 'assets', 'territory', 'land', 'oil']);

/** Whether a share of what this noun names ("half of the budget") is a share of things, not of people. */
export function sharesThings(lower: string): boolean {
  return MASS.has(lower) || THINGS_SET.has(lower);
}

export type NounKind = 'people' | 'thing' | null;

/** A prefix that leaves its noun what it was: "ex-combatants", "former-militants", "non-nationals". */
const KEEPING_PREFIX = /^(?:ex|former|would-be|non)-(?=\p{L})/u;

export function nounKind(lower: string): NounKind {
  if (PEOPLE_SET.has(lower)) return 'people';
  if (THINGS_SET.has(lower)) return 'thing';
  const bare = lower.replace(KEEPING_PREFIX, '');
  return bare !== lower ? nounKind(bare) : null;
}
