/** The relation columns of the claims CSV, one per relation type. */
export const RELATION_COLUMNS = ['supersedes', 'part_of', 'derived_from', 'contradicts', 'corroborates'] as const;
export type RelationColumn = (typeof RELATION_COLUMNS)[number];
export type RelationCells = Record<RelationColumn, number[]>;

/**
 * What a CSV claim carries beside its claim line (which holds the version it was exported at): its relation cells, and
 * where each field's cell is.
 */
export interface CsvClaim {
  relations: RelationCells;
  /** The column of each relation of the claim line, in its order (set when the relations are built from the cells). */
  relationColumns: string[];
  /** The file line and column of a field of the claim line (a JSON pointer as the import reports it). */
  locate(field: string): { line: number; column: string };
}
