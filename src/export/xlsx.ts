import { Duplex, Writable } from 'node:stream';
import type * as ExcelJS from 'exceljs';
import { Column, ColumnKind, ExportRecord, LIST_SEPARATOR } from './serialize';

/*
 * The export as an Excel workbook (XLSX), streamed: exceljs's streaming writer zips each row as it is committed.
 * Cells are typed as the columns say: numbers and integers as numbers, everything else as text, dates at their
 * precision ("2014-11") and timestamps in ISO 8601, as in the CSV. Text is written as a string cell, never as a
 * formula, so "=HYPERLINK(…)" stays the text it is and needs no apostrophe (unlike the CSV, which a spreadsheet
 * parses). The CSV, not the workbook, is what POST /v1/import reads back.
 */

/** A cell value: a number, a string or empty. */
export function xlsxCell(value: unknown, kind: ColumnKind): number | string | null {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'number':
    case 'integer': {
      // numeric and bigint columns come from pg as text
      const n = Number(value);
      return Number.isFinite(n) ? n : String(value);
    }
    case 'list':
      return (value as unknown[]).length === 0 ? null : (value as unknown[]).map(String).join(LIST_SEPARATOR);
    case 'json':
      return JSON.stringify(value);
    default: {
      const text = String(value);
      return text === '' ? null : text;
    }
  }
}

/** How far the zip may lag behind the rows (uncompressed sheet XML waiting for the compressor) before rows wait. */
const MAX_PENDING_BYTES = 1 << 20;

/**
 * The stream between the sheet's XML and the compressor. exceljs writes into it without waiting (its StreamBuf
 * ignores backpressure), so rows wait here until it has drained: memory holds about a megabyte of sheet XML
 * however slowly the client reads. Reaches into exceljs's writer (`stream.pipes`), pinned by the package version.
 */
function sheetPipe(sheet: ExcelJS.Worksheet): (NodeJS.WritableStream & { _writableState?: { length: number } }) | undefined {
  return (sheet as unknown as { stream?: { pipes?: NodeJS.WritableStream[] } }).stream?.pipes?.[0];
}

async function roomFor(sheet: ExcelJS.Worksheet): Promise<void> {
  const pipe = sheetPipe(sheet);
  if (pipe && (pipe._writableState?.length ?? 0) > MAX_PENDING_BYTES) {
    await new Promise<void>((resume) => {
      const go = () => {
        pipe.removeListener('drain', go);
        pipe.removeListener('close', go);
        resume();
      };
      pipe.on('drain', go);
      pipe.on('close', go);
    });
  }
}

let loaded: typeof ExcelJS | undefined;
let loading: Promise<void> | undefined;

/**
 * exceljs, loaded with the first workbook rather than with the app: loading it costs ~0.4 s of CPU in plain node (~1 s
 * in a jest file), paid until round 37 by every process that starts the app (each of the test suite's ~150 app files, a
 * server that never sends an XLSX). Loading a CommonJS package runs in the thread that asks for it, so the first
 * workbook's request held every other request of the server for that long; the server loads it ahead
 * (`loadXlsxWriter`, once it listens) and a workbook asked for sooner loads it here.
 */
function exceljs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('exceljs') as typeof ExcelJS);
}

/**
 * Loads exceljs ahead of the first workbook: `src/index.ts` starts it once the server listens and its start-up is done
 * (off the start-up path, when no request is likely to be waiting yet), rather than the first XLSX export holding every
 * other request meanwhile. The apps of the tests never call it.
 */
export function loadXlsxWriter(): Promise<void> {
  return (loading ??= import('exceljs').then((m) => {
    loaded ??= ((m as { default?: typeof ExcelJS }).default ?? m) as typeof ExcelJS;
  }));
}

/**
 * Object rows in, XLSX bytes out (the counterpart of `serializer` for format=xlsx): a header row of the column
 * names, then one row per record, in one worksheet named `sheetName`.
 */
export function xlsxSerializer<Row>(columns: readonly Column[], toRecord: (row: Row) => ExportRecord, sheetName: string): Duplex {
  let waitingForReader: (() => void) | null = null;
  const bytes = new Writable({
    write(chunk: Buffer, _enc, done) {
      // The zip's bytes go out as the reader takes them: the zip waits while the reader is behind.
      if (stream.push(chunk)) done();
      else waitingForReader = () => done();
    },
  });
  const { WorkbookWriter } = exceljs().stream.xlsx;
  const workbook = new WorkbookWriter({ stream: bytes, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(sheetName);
  const addRow = (values: (number | string | null)[]) => sheet.addRow(values).commit();
  addRow(columns.map((c) => c.name));

  const stream: Duplex = new Duplex({
    writableObjectMode: true,
    write(row: Row, _enc, done) {
      try {
        const record = toRecord(row);
        addRow(columns.map((c) => xlsxCell(record[c.name], c.kind)));
      } catch (err) {
        done(err as Error);
        return;
      }
      roomFor(sheet).then(() => done(), done);
    },
    final(done) {
      sheet.commit();
      workbook.commit().then(() => {
        stream.push(null);
        done();
      }, done);
    },
    read() {
      const resume = waitingForReader;
      waitingForReader = null;
      resume?.();
    },
    destroy(err, done) {
      bytes.destroy();
      done(err);
    },
  });
  return stream;
}
