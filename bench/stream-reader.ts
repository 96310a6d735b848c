/**
 * PROTOTYPE (bench only, not used by src): the streaming read path proposed for files too big for
 * ExcelJS's in-memory reader. ExcelJS.stream.xlsx.WorkbookReader parses the zip and the sheet XML as a
 * stream and hands over one row at a time; only the Grid the engine needs is kept (plain values, one
 * entry per non-empty cell), never ExcelJS's Cell/Row/Style objects for the whole sheet.
 *
 * Two things the streaming reader does not give:
 * - merged areas: its worksheet parser skips <mergeCell>. The grid says `mergesUnknown: true` and the
 *   engine infers merged headers, exactly as it does for the Office.js adapter below ExcelApi 1.13
 *   (the benchmark checks that the report is identical for every case);
 * - the settings sheet is read like any sheet (its A1 holds the settings JSON).
 *
 * And one thing it gets wrong: ExcelJS 4.4's lib/utils/parse-sax.js decodes every 16 KB chunk of the
 * inflated XML on its own, so a multi-byte UTF-8 character cut by a chunk boundary comes out as "��"
 * ("UBND xã Lễ Lộc" read as "UBND xã L�� Lộc"; exceljs/exceljs issues #2063, #2084, #2316, PRs #1665,
 * #2213 unmerged). Vietnamese text is mostly multi-byte, so this is not rare: the 2,000-leader case hits
 * it. The prototype decodes the chunks with a StringDecoder (which carries a cut character over to the
 * next chunk) before ExcelJS's parser sees them; a src/ implementation must do the same (or carry a
 * patch of parse-sax).
 */
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { toValue } from '../test/xlsx/excelJsGrid';
import type { CellValue, Grid } from '../src/core/grid';

/** Whole UTF-8 characters only: a character cut between two chunks is completed from the next one. */
async function* utf8Chunks(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
}

/** Worksheets and shared strings reach ExcelJS's SAX parser as correctly decoded text. */
function decodingReader(file: string, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, options);
  const internals = reader as unknown as ReaderInternals;
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Chunks(iterator), sheetNo);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8'); // a stream's own StringDecoder
    return parseSharedStrings(entry);
  };
  return reader;
}

/** `decode: false` shows ExcelJS's own behaviour (the "��" above). */
export async function readGridsStreaming(file: string, { decode = true } = {}): Promise<Grid[]> {
  const options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions> = {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  };
  const reader = decode
    ? decodingReader(file, options)
    : new ExcelJS.stream.xlsx.WorkbookReader(file, options);
  const grids: Grid[] = [];
  for await (const ws of reader) {
    const name = (ws as unknown as { name: string }).name;
    const values: CellValue[][] = [];
    const numFmts: (string | undefined)[][] = [];
    for await (const row of ws) {
      const vals: CellValue[] = [];
      const fmts: (string | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        vals[c - 1] = toValue(cell.value);
        if (cell.numFmt) fmts[c - 1] = cell.numFmt;
      });
      values[row.number - 1] = vals;
      if (fmts.length) numFmts[row.number - 1] = fmts;
    }
    for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
    grids.push({ name, values, numFmts, merges: [], mergesUnknown: true });
  }
  return grids;
}
