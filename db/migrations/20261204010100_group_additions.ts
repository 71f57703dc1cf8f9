import type { Knex } from 'knex';

/*
 * Groups added to the vocabulary after the seed's seven: the aggregates the extraction README names as groups a
 * figure may be about (jihadist-groups, terrorism-all, islamic-state-and-others, syrian-opposition, separatist) and
 * groups that recur in counts of foreign fighters and returnees. Lower-case aliases ("jihadist groups") are matched
 * as written by the extractor; the offline lexicon (src/extract/fileLexicon.ts) reads ADDED_GROUPS from here.
 */
export interface AddedGroup { slug: string; name: string; aliases: string[]; description: string }

export const ADDED_GROUPS: AddedGroup[] = [
  {
    slug: 'jihadist-groups', name: 'Jihadist groups (several or unnamed)',
    aliases: ['jihadist groups', 'jihadi groups', 'jihadist organisations', 'jihadist organizations', 'terrorist groups', 'terrorist organisations',
      'terrorist organizations', 'militant groups', 'extremist groups', 'armed groups', 'jihadist terrorism', 'jihadist terrorist groups', 'recruits to jihad', 'join the jihad'],
    description: 'A figure about jihadist groups in general, or several of them, with no one group named.',
  },
  {
    slug: 'terrorism-all', name: 'All terrorism (every affiliation)',
    aliases: ['terrorism-related offences', 'terrorism-related offenses', 'terrorist offences', 'terrorist offenses', 'terrorism offences', 'terrorism offenses',
      'terrorism-related charges', 'terrorism charges'],
    description: 'Counts over all kinds of terrorism (jihadist, left-wing, right-wing, separatist), such as EU-wide arrest totals.',
  },
  {
    slug: 'islamic-state-and-others', name: 'Islamic State and other groups',
    aliases: ['Islamic State and other groups', 'Islamic State and other militant groups', 'Islamic State and other jihadist groups', 'Islamic State and other terrorist groups',
      'IS and other groups', 'ISIS and other groups', 'ISIS and other militant groups', 'ISIL and other groups', 'Daesh and other groups'],
    description: 'A figure about Islamic State together with other groups, not told apart.',
  },
  {
    slug: 'syrian-opposition', name: 'Syrian armed opposition',
    aliases: ['Syrian opposition', 'Syrian rebels', 'Free Syrian Army', 'FSA', 'Syrian National Army', 'Syrian armed opposition'],
    description: 'Armed groups fighting the Syrian government, other than the jihadist ones named separately.',
  },
  {
    slug: 'separatist', name: 'Separatist groups',
    aliases: ['separatist groups', 'separatists', 'ethno-nationalist and separatist', 'separatist terrorism'],
    description: 'Ethno-nationalist and separatist groups, as Europol counts them.',
  },
  { slug: 'abu-sayyaf', name: 'Abu Sayyaf', aliases: ['Abu Sayyaf Group', 'ASG'], description: 'Jihadist group of the southern Philippines.' },
  { slug: 'maute-group', name: 'Maute group', aliases: ['Maute', 'Dawlah Islamiyah', 'Islamic State of Lanao'], description: 'Jihadist group of Lanao del Sur, Philippines, that besieged Marawi in 2017.' },
  { slug: 'iswap', name: 'Islamic State West Africa Province', aliases: ['ISWAP', 'IS West Africa'], description: 'Islamic State\'s Lake Chad basin affiliate.' },
  { slug: 'ahrar-al-sham', name: 'Ahrar al-Sham', aliases: ['Harakat Ahrar al-Sham al-Islamiyya'], description: 'Syrian Salafist armed group.' },
  { slug: 'jemaah-islamiyah', name: 'Jemaah Islamiyah', aliases: ['JI'], description: 'South-east Asian jihadist network.' },
  { slug: 'jamaah-ansharut-daulah', name: 'Jamaah Ansharut Daulah', aliases: ['JAD'], description: 'Indonesian network loyal to Islamic State.' },
  { slug: 'pkk', name: 'Kurdistan Workers\' Party', aliases: ['PKK'], description: 'Kurdish separatist armed group.' },
];

export async function up(knex: Knex): Promise<void> {
  await knex('groups').insert(ADDED_GROUPS).onConflict('slug').ignore();
}

export async function down(knex: Knex): Promise<void> {
  await knex('groups').whereIn('slug', ADDED_GROUPS.map((g) => g.slug))
    .whereNotExists(knex('claims').select(knex.raw('1')).whereRaw('claims.group_slug = groups.slug')).del();
}
