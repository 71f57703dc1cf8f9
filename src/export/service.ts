import type { Duplex, Readable } from 'node:stream';
import type { Archiver } from 'archiver';
import type { ClaimFilter } from '../claims/claimFilter';
import type { Db } from '../db/knex';
import {
  CLAIM_CSV_SETTINGS,
  claimCsvCopySql,
  CLAIM_EXPORT_COLUMNS,
  claimExportQuery,
  ClaimExportRow,
  REVISION_EXPORT_COLUMNS,
  revisionExportQuery,
  toClaimExport,
  toRevisionExport,
} from './claimRows';
import { copyOut } from './copyCsv';
import { nativeQuery } from '../db/sqlValues';
import { streamQuery, WatchHeld } from './cursor';
import { PackageInfo, writeDataPackage } from './datapackage';
import { Column, ExportFormat, ExportRecord, serializer } from './serialize';
import { xlsxSerializer } from './xlsx';

/** A streamed export: database rows, then their text (or the CSV's bytes alone); pipe them into the response in this order. */
export type ExportStreams = [Readable, ...Duplex[]];

/** Object rows in, the file's bytes out, in the format asked for (a workbook's sheet is named `sheet`). */
function encoder<Row>(format: ExportFormat, columns: readonly Column[], toRecord: (row: Row) => ExportRecord, sheet: string): Duplex {
  return format === 'xlsx' ? xlsxSerializer(columns, toRecord, sheet) : serializer(format, columns, toRecord);
}

export class ExportService {
  constructor(
    private readonly db: Db,
    private readonly batchSize: number,
  ) {}

  /**
   * One row per claim × source of the claims the filter selects, superseded and retracted ones included unless filtered
   * out. `watch`, here and below, is told of the connection the rows are read on.
   */
  async claims(filter: ClaimFilter, format: ExportFormat, watch?: WatchHeld): Promise<ExportStreams> {
    if (format === 'csv') {
      // PostgreSQL writes the CSV (the same bytes the serializer would), its record ends made CRLF as they come.
      return [await copyOut(this.db, claimCsvCopySql(this.db, filter), CLAIM_CSV_SETTINGS, watch)];
    }
    const rows = await streamQuery(this.db, nativeQuery(claimExportQuery(this.db, filter)), this.batchSize, watch);
    return [rows, encoder<ClaimExportRow>(format, CLAIM_EXPORT_COLUMNS, toClaimExport, 'claims')];
  }

  /** One row per revision of the claims the filter selects. */
  async revisions(filter: ClaimFilter, format: ExportFormat, watch?: WatchHeld): Promise<ExportStreams> {
    const rows = await streamQuery(this.db, nativeQuery(revisionExportQuery(this.db, filter)), this.batchSize, watch);
    return [rows, encoder(format, REVISION_EXPORT_COLUMNS, toRevisionExport, 'revisions')];
  }

  /** The whole ledger as a Frictionless Data Package, written into `archive`. */
  dataPackage(archive: Archiver, info: Omit<PackageInfo, 'batchSize'>): Promise<void> {
    return writeDataPackage(this.db, archive, { ...info, batchSize: this.batchSize });
  }
}
