import type { ActorKind, DocumentKind } from '../closedSets';
import type { Db } from '../db/knex';

export interface MetricInfo {
  code: string;
  label: string;
  unit: string;
}
export interface GroupInfo {
  slug: string;
  name: string;
}
export interface ActorInfo {
  id: number;
  kind: ActorKind;
  aliases: string[];
}
export interface DocumentInfo {
  id: number;
  kind: DocumentKind;
  title: string;
  url: string | null;
  container_title: string | null;
  publisher: string | null;
  publisher_kind: ActorKind | null;
  publisher_aliases: string[] | null;
  authors: string[];
  published_on: string | null;
  published_precision: string | null;
  language: string | null;
  retrieved_at: Date | null;
}

/** The vocabulary, actor and document details a citation names, fetched by key. */
export class CitationStore {
  constructor(private readonly db: Db) {}

  async metrics(codes: string[]): Promise<Map<string, MetricInfo>> {
    const rows: MetricInfo[] = await this.db('metrics').whereIn('code', codes).select('code', 'label', 'unit');
    return new Map(rows.map((m) => [m.code, m]));
  }

  async groups(slugs: string[]): Promise<Map<string, GroupInfo>> {
    const rows: GroupInfo[] = await this.db('groups').whereIn('slug', slugs).select('slug', 'name');
    return new Map(rows.map((g) => [g.slug, g]));
  }

  async actors(ids: number[]): Promise<Map<number, ActorInfo>> {
    const rows: ActorInfo[] = await this.db('actors').whereIn('id', ids).select('id', 'kind', 'aliases');
    return new Map(rows.map((a) => [a.id, a]));
  }

  async documents(ids: number[]): Promise<Map<number, DocumentInfo>> {
    const rows: DocumentInfo[] = await this.db('documents as d')
      .leftJoin('actors as p', 'p.id', 'd.publisher_id')
      .whereIn('d.id', ids)
      .select(
        'd.id',
        'd.kind',
        'd.title',
        'd.url',
        'd.container_title',
        'p.name as publisher',
        'p.kind as publisher_kind',
        'p.aliases as publisher_aliases',
        'd.authors',
        'd.published_on',
        'd.published_precision',
        'd.language',
        'd.retrieved_at',
      );
    return new Map(rows.map((d) => [d.id, d]));
  }
}
