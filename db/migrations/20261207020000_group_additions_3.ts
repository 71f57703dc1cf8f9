import type { Knex } from 'knex';

/*
 * Groups official counts name that the vocabulary still lacked: the rest of Islamic State's provinces (a figure about
 * the Somali or Sinai branch is not a figure about Islamic State as a whole), the Philippine and Sri Lankan groups of
 * the 2017–2019 attacks, and `islamist-groups` for counts of Islamist extremists of every group (a security service's
 * "Islamist potential"). Aliases are the distinctive forms texts use; short or generic ones that ordinary prose
 * contains ("NTJ", "the Hassan group") are left out. Groups the vocabulary holds get the spellings texts use for them,
 * and the Mozambique province's names move from ahlu-sunnah-wal-jamaa to the province itself.
 */
export interface AddedGroup { slug: string; name: string; aliases: string[]; description: string }

const province = (place: string, extra: string[]): string[] => [
  `Islamic State ${place} Province`, `Islamic State in ${place}`, `Islamic State ${place}`, `IS ${place}`, `IS-${place}`, `ISIS-${place}`,
  `ISIL-${place}`, `Wilayat ${place}`, ...extra,
];

export const ADDED_GROUPS_3: AddedGroup[] = [
  {
    slug: 'islamic-state-somalia', name: 'Islamic State Somalia',
    aliases: province('Somalia', ['ISIS in Somalia', 'ISIL in Somalia', 'ISIS Somalia', 'ISIL Somalia', 'Islamic State of Somalia', 'Somalia Province']),
    description: 'Islamic State\'s affiliate in Puntland, Somalia.',
  },
  {
    slug: 'islamic-state-sinai-province', name: 'Islamic State Sinai Province',
    aliases: province('Sinai', ['Sinai Province', 'ISIS in Sinai', 'Ansar Bayt al-Maqdis', 'Ansar Beit al-Maqdis', 'Ansar Bait al-Maqdis']),
    description: 'Islamic State\'s affiliate in the Sinai peninsula, Egypt (formerly Ansar Bayt al-Maqdis).',
  },
  {
    slug: 'islamic-state-mozambique-province', name: 'Islamic State Mozambique Province',
    aliases: province('Mozambique', ['ISMP', 'ISIS in Mozambique', 'Mozambique Province']),
    description: 'Islamic State\'s province in Cabo Delgado, Mozambique (part of its Central Africa Province until 2022).',
  },
  {
    slug: 'islamic-state-libya-province', name: 'Islamic State Libya Province',
    aliases: province('Libya', ['ISIS in Libya']), description: 'Islamic State\'s affiliate in Libya.',
  },
  {
    slug: 'islamic-state-yemen-province', name: 'Islamic State Yemen Province',
    aliases: province('Yemen', ['ISIS in Yemen']), description: 'Islamic State\'s affiliate in Yemen.',
  },
  {
    slug: 'islamic-state-pakistan-province', name: 'Islamic State Pakistan Province',
    aliases: province('Pakistan', ['ISPP']), description: 'Islamic State\'s province in Pakistan (from 2019).',
  },
  {
    slug: 'islamic-state-hind-province', name: 'Islamic State Hind Province',
    aliases: province('Hind', ['Wilayah Hind', 'ISHP']), description: 'Islamic State\'s province in India (from 2019).',
  },
  {
    slug: 'islamic-state-east-asia-province', name: 'Islamic State East Asia Province',
    aliases: province('East Asia', ['ISEAP', 'Islamic State in East Asia']), description: 'Islamic State\'s province in South-east Asia, chiefly the southern Philippines.',
  },
  {
    slug: 'islamic-state-caucasus-province', name: 'Islamic State Caucasus Province',
    aliases: province('Caucasus', ['Wilayat Qawqaz', 'Islamic State in the Caucasus']), description: 'Islamic State\'s province in the North Caucasus.',
  },
  {
    slug: 'islamist-groups', name: 'Islamist groups (several or unnamed)',
    aliases: ['Islamist extremists', 'Islamist extremism', 'Islamist terrorism', 'Islamist terrorists', 'Islamist groups',
      'Islamist organisations', 'Islamist organizations', 'Islamist scene', 'Islamist spectrum', 'Islamist potential', 'Islamist-terrorist potential',
      'Islamist extremist potential', 'Islamist terrorist potential', 'Islamist-motivated terrorism'],
    description: 'A figure about Islamist extremists in general, of every group, such as a security service\'s count of its Islamist potential.',
  },
  {
    slug: 'dawlah-islamiyah-hassan-group', name: 'Dawlah Islamiyah-Hassan Group',
    aliases: ['Dawlah Islamiyah-Hassan', 'Daulah Islamiyah-Hassan', 'Daulah Islamiyah-Hassan Group', 'DI-Hassan', 'DI-Hassan Group', 'Dawlah Islamiya-Hassan Group'],
    description: 'Dawlah Islamiyah faction of Maguindanao, Philippines.',
  },
  {
    slug: 'dawlah-islamiyah-turaife-group', name: 'Dawlah Islamiyah-Turaife Group',
    aliases: ['Dawlah Islamiyah-Turaife', 'Daulah Islamiyah-Turaife', 'DI-Turaife', 'DI-Turaife Group'],
    description: 'Dawlah Islamiyah faction of Maguindanao, Philippines, founded by Abu Turaife.',
  },
  {
    slug: 'bangsamoro-islamic-freedom-fighters', name: 'Bangsamoro Islamic Freedom Fighters',
    aliases: ['BIFF', 'Bangsamoro Islamic Freedom Movement'], description: 'Armed group of Maguindanao, Philippines, parts of which pledged to Islamic State.',
  },
  {
    slug: 'national-thowheeth-jamaath', name: 'National Thowheeth Jama\'ath',
    aliases: ['National Thowheeth Jama’ath', 'National Thowheeth Jamaath', 'National Thowheed Jamath', 'National Thowheed Jama\'ath', 'National Thowheed Jamaath',
      'National Tawheed Jamaath', 'National Tawheed Jama\'ath', 'National Thawheed Jamath', 'National Towheed Jamath', 'National Thowheed Jamma\'ath'],
    description: 'Sri Lankan group behind the Easter Sunday bombings of 2019.',
  },
];

/**
 * Three of the seed's groups, as the seed writes them: created here when missing (the seed then finds them and leaves
 * them), so that the spellings below reach a fresh ledger too, seeded or not.
 */
export const SEED_GROUPS: { slug: string; name: string; aliases: string[]; description: string | null }[] = [
  { slug: 'al-shabaab', name: 'al-Shabaab', aliases: ['Harakat al-Shabaab al-Mujahideen'], description: null },
  { slug: 'boko-haram', name: 'Boko Haram', aliases: ['Jama\'at Ahl al-Sunna lil-Da\'wa wa al-Jihad', 'JAS'], description: null },
  {
    slug: 'hayat-tahrir-al-sham', name: 'Hayat Tahrir al-Sham', aliases: ['HTS'],
    description: 'Syrian Islamist coalition formed in 2017 around Jabhat Fatah al-Sham.',
  },
];

/** Spellings added to groups the vocabulary holds already. */
export const ADDED_ALIASES: Record<string, string[]> = {
  'al-shabaab': ['al-Shabab', 'Al Shabaab', 'Al Shabab', 'Shabaab', 'Harakat al-Shabaab'],
  'boko-haram': ['Jama\'atu Ahlis Sunna Lidda\'awati wal-Jihad', 'Jama’at Ahl al-Sunna lil-Da’wa wa al-Jihad'],
  'hayat-tahrir-al-sham': ['Hay\'at Tahrir al-Sham', 'Hay’at Tahrir al-Sham', 'Hayat Tahrir al Sham', 'Hayet Tahrir al-Sham', 'Tahrir al-Sham'],
  iswap: ['Islamic State West Africa', 'Islamic State in West Africa', 'ISWA', 'ISIS-West Africa', 'IS-West Africa', 'Islamic State\'s West Africa Province'],
  'islamic-state-central-africa-province': ['Islamic State Central Africa', 'IS Central Africa', 'IS-Central Africa', 'ISIS-Central Africa', 'Islamic State in Central Africa'],
  'islamic-state-sahel-province': ['Islamic State Sahel', 'IS-Sahel', 'ISIS-Sahel', 'Islamic State in the Sahel', 'ISIS Sahel'],
  'maute-group': ['Dawlah Islamiyah-Maute', 'Dawlah Islamiyah-Maute Group', 'DI-Maute', 'DI-Maute Group'],
  'jihadist-groups': ['jihadist networks', 'jihadist movements', 'terrorist networks', 'extremist organisations', 'extremist organizations',
    'violent extremist groups', 'Salafi-jihadist groups', 'foreign terrorist organisations', 'foreign terrorist organizations'],
};

/** Names that move from one group to another: the Mozambique province's own names are no longer ahlu-sunnah-wal-jamaa's. */
export const MOVED_ALIASES: { from: string; to: string; aliases: string[] }[] = [
  { from: 'ahlu-sunnah-wal-jamaa', to: 'islamic-state-mozambique-province', aliases: ['Islamic State Mozambique Province', 'ISMP'] },
];

/** A group's aliases as this migration leaves them. */
export function aliasesAfter(slug: string, aliases: string[]): string[] {
  const moved = new Set(MOVED_ALIASES.filter((m) => m.from === slug).flatMap((m) => m.aliases));
  return [...new Set([...aliases.filter((a) => !moved.has(a)), ...(ADDED_ALIASES[slug] ?? [])])];
}

const mergeAliases = `UPDATE groups SET aliases = ARRAY(SELECT DISTINCT unnest(aliases || ?::text[]) ORDER BY 1) WHERE slug = ?`;
const dropAliases = `UPDATE groups SET aliases = ARRAY(SELECT a FROM unnest(aliases) a WHERE a <> ALL(?::text[])) WHERE slug = ?`;

export async function up(knex: Knex): Promise<void> {
  await knex('groups').insert(SEED_GROUPS).onConflict('slug').ignore();
  await knex('groups').insert(ADDED_GROUPS_3).onConflict('slug').ignore();
  for (const [slug, aliases] of Object.entries(ADDED_ALIASES)) await knex.raw(mergeAliases, [aliases, slug]);
  for (const m of MOVED_ALIASES) await knex.raw(dropAliases, [m.aliases, m.from]);
}

export async function down(knex: Knex): Promise<void> {
  for (const m of MOVED_ALIASES) await knex.raw(mergeAliases, [m.aliases, m.from]);
  for (const [slug, aliases] of Object.entries(ADDED_ALIASES)) await knex.raw(dropAliases, [aliases, slug]);
  await knex('groups').whereIn('slug', ADDED_GROUPS_3.map((g) => g.slug))
    .whereNotExists(knex('claims').select(knex.raw('1')).whereRaw('claims.group_slug = groups.slug')).del();
}
