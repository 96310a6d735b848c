import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { summarizeWorkbook } from '../../src/core';
import { openWorkbook } from '../../src/xlsx/openWorkbook';
import { hasLargeSheet, readSheetInParallel, type CellReaders } from '../../src/xlsx/parallelSheet';
import { readSheet, sheetContextOf } from '../../src/xlsx/readSheet';
import { cutRows, NotCuttable } from '../../src/xlsx/rowPieces';
import { cellReader } from '../../src/xlsx/sheetCells';
import { setNativeInflate } from '../../src/xlsx/zip';
import { zlibInflate } from '../../src/cli/files';
import { decompressionStreamInflate } from '../../src/xlsx/streamInflate';
import type { WorkbookPackage } from '../../src/xlsx/workbookPackage';
import { readGrid } from './excelJsGrid';

const OFFICES = ['UBND xã An Vinh', 'UBND phường Đông Hải', 'Sở Tư pháp', 'UBND xã Cộng Lạc'];
const CHANNELS = ['Trực tuyến', 'Trực tiếp'];
const HEADERS = [
  'STT',
  'Cơ quan tiếp nhận',
  'Mã hồ sơ',
  'Hình thức nộp',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày có kết quả',
  'Trạng thái',
];

interface SheetShape {
  rows: number;
  /** Namespace prefix of every element ("x:"), as some writers do. */
  prefix?: string;
  /** Rows after the first 100 carry no r="…" (allowed: each follows the one before). */
  unnumberedAfter?: number;
  /** Those rows say r="" instead (not a number either). */
  emptyNumbers?: boolean;
  /** A comment in sheetData holding "<row" tags and 12 MB of text: a 4 MB cut lands inside it. */
  comment?: boolean;
}

/** A dossier list: header, then per row an office, a code, a channel, dates, a status and a formula. */
function sheetXml({ rows, prefix = '', unnumberedAfter, emptyNumbers, comment }: SheetShape): string {
  const p = prefix;
  const ns = p ? ` xmlns:${p.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : '';
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}worksheet${ns || ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'}><${p}sheetData>`,
    `<${p}row r="1"><${p}c r="A1" t="inlineStr"><${p}is><${p}t>DANH SÁCH HỒ SƠ</${p}t></${p}is></${p}c></${p}row>`,
    `<${p}row r="3">` +
      HEADERS.map((_, i) => `<${p}c r="${'ABCDEFGH'[i]}3" t="s"><${p}v>${i + 4}</${p}v></${p}c>`).join('') +
      `</${p}row>`,
  ];
  for (let i = 0; i < rows; i++) {
    const r = i + 4;
    const numbered = unnumberedAfter === undefined || i < unnumberedAfter;
    const day = 45550 + (i % 30);
    const late = i % 7 === 0;
    const cells = [
      `<${p}c r="A${r}"><${p}v>${i + 1}</${p}v></${p}c>`,
      `<${p}c r="B${r}" t="s"><${p}v>${i % OFFICES.length}</${p}v></${p}c>`,
      `<${p}c r="C${r}" t="inlineStr"><${p}is><${p}t>H${String(i).padStart(6, '0')} &amp; co</${p}t></${p}is></${p}c>`,
      `<${p}c r="D${r}" t="str"><${p}f>IF(TRUE,"${CHANNELS[i % 2]}")</${p}f><${p}v>${CHANNELS[i % 2]}</${p}v></${p}c>`,
      `<${p}c r="E${r}" s="1"><${p}v>${day}</${p}v></${p}c>`,
      `<${p}c r="F${r}" s="1"><${p}v>${day + 10}</${p}v></${p}c>`,
      i % 5 === 0
        ? `<${p}c r="G${r}" s="1"/>`
        : `<${p}c r="G${r}" s="1"><${p}v>${day + (late ? 12 : 5)}</${p}v></${p}c>`,
      `<${p}c r="H${r}" t="s"><${p}v>${i % 5 === 0 ? 12 : 13}</${p}v></${p}c>`,
      `<${p}c r="I${r}" t="b"><${p}v>${i % 2}</${p}v></${p}c>`,
      `<${p}c r="J${r}" t="e"><${p}f>1/0</${p}f><${p}v>#DIV/0!</${p}v></${p}c>`,
    ];
    out.push(
      `<${p}row${numbered ? ` r="${r}"` : emptyNumbers ? ' r=""' : ''}>${numbered ? cells.join('') : cells.map((c) => c.replace(/ r="[A-Z]+\d+"/, '')).join('')}</${p}row>`,
    );
    if (comment && i === 100)
      out.push(
        `<!-- earlier export: <row r="1">${'<row r="7"><c r="A7"><v>9</v></c></row>'.repeat(300_000)} -->`,
      );
  }
  out.push(
    `</${p}sheetData><${p}mergeCells count="1"><${p}mergeCell ref="A1:H1"/></${p}mergeCells></${p}worksheet>`,
  );
  return out.join('');
}

// Shared string indexes used in the sheet: offices 0-3, headers 4-11, statuses 12-13.
const STRINGS = [...OFFICES, ...HEADERS, 'Đang giải quyết', 'Đã trả kết quả'];

function workbook(shape: SheetShape): Uint8Array {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${STRINGS.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml(shape)),
  });
}

/** Workers played in this thread: what a worker thread runs, without the thread. */
const inThread = (log: number[] = []): CellReaders => ({
  workers: 2,
  async read(rows, opts, part) {
    log.push(rows.length);
    const reader = cellReader(opts, part);
    reader.read(new TextDecoder().decode(rows));
    return reader.cells();
  },
});

async function bothWays(shape: SheetShape, readers: CellReaders = inThread()) {
  const pkg: WorkbookPackage = await openWorkbook(workbook(shape));
  const sheet = pkg.sheets[0];
  const whole = readSheet(pkg, sheet, sheetContextOf(pkg));
  const parallel = await readSheetInParallel(pkg, sheet, sheetContextOf(pkg), readers);
  return { pkg, whole, parallel };
}

const ROWS = 26_000; // a sheet part of ~10 MB: above the 8 MB from which workers are used

describe('a large sheet read on several threads', () => {
  it('gives the grid of the whole read, with pieces of whole rows sent to the workers', async () => {
    const sent: number[] = [];
    const { pkg, whole, parallel } = await bothWays({ rows: ROWS }, inThread(sent));
    expect(hasLargeSheet(pkg)).toBe(true);
    // 4 MB pieces, two of every three to the two workers.
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...sent.slice(0, -1))).toBeGreaterThanOrEqual(4 * 1024 * 1024);
    expect(parallel).toEqual(whole);
    // The figures a test would miss if pieces were lost or misplaced.
    expect(whole.values).toHaveLength(ROWS + 3);
    expect(whole.values[ROWS + 2].slice(0, 4)).toEqual([
      ROWS,
      OFFICES[(ROWS - 1) % 4],
      `H${String(ROWS - 1).padStart(6, '0')} & co`,
      CHANNELS[(ROWS - 1) % 2],
    ]);
    expect(whole.values[3][4]).toEqual(new Date(Date.UTC(2024, 8, 15)));
    expect(whole.values[3][9]).toEqual({ error: '#DIV/0!' });
    expect(whole.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 7 }]);
  });

  it('gives, piece by piece, the grid of the old ExcelJS reader (an independent reading)', async () => {
    const bytes = workbook({ rows: ROWS });
    const pkg = await openWorkbook(bytes);
    const grid = readSheet(pkg, pkg.sheets[0], sheetContextOf(pkg));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const before = readGrid(wb.worksheets[0]);
    expect(grid.values).toEqual(before.values);
    expect(grid.numFmts).toEqual(before.numFmts);
    expect(grid.merges).toEqual(before.merges);
  });

  it('gives the same grid with the part inflated by DecompressionStream, as the page does', async () => {
    const { whole, parallel } = await bothWays(
      { rows: ROWS },
      { ...inThread(), inflate: decompressionStreamInflate()! },
    );
    expect(parallel).toEqual(whole);
  });

  it('reads prefixed elements ("x:row") the same way', async () => {
    const { whole, parallel } = await bothWays({ rows: ROWS, prefix: 'x:' });
    expect(parallel).toEqual(whole);
    expect(whole.values).toHaveLength(ROWS + 3);
  });

  it.each([
    ['no r', false],
    ['r=""', true],
  ])(
    'falls back to one read when a piece starts with a row that has no number (%s)',
    async (_, emptyNumbers) => {
      const { whole, parallel } = await bothWays({ rows: ROWS, unnumberedAfter: 100, emptyNumbers });
      expect(parallel).toEqual(whole);
      expect(whole.values).toHaveLength(ROWS + 3);
      expect(whole.values[ROWS + 2][0]).toBe(ROWS);
    },
  );

  it('reads the sheet again whole when a cut lands inside a comment', async () => {
    // node's inflate gives 1 MB chunks: the 4 MB cut then falls inside the 12 MB comment.
    setNativeInflate(zlibInflate);
    const sent: number[] = [];
    const { whole, parallel } = await bothWays({ rows: ROWS, comment: true }, inThread(sent)).finally(() =>
      setNativeInflate(null),
    );
    expect(parallel).toEqual(whole);
    // The commented-out rows are not read (row 7 keeps its own figures).
    expect(whole.values[6][0]).toBe(4);
    expect(whole.values).toHaveLength(ROWS + 3);
  });

  it('reads a piece again here when a worker fails', async () => {
    const failing: CellReaders = { workers: 1, read: async () => Promise.reject(new Error('worker died')) };
    const { whole, parallel } = await bothWays({ rows: ROWS }, failing);
    expect(parallel).toEqual(whole);
  });
});

describe('cutting a sheet part into pieces of rows', () => {
  const xml = sheetXml({ rows: 50 });
  const bytes = strToU8(xml);
  const chunks = (size: number) => {
    const out: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
    return out;
  };

  it.each([7, 100, 4096])('keeps every byte, in order, with %i-byte chunks', (size) => {
    const pieces: string[] = [];
    const rest = cutRows(chunks(size), 500, (p) => pieces.push(new TextDecoder().decode(p)));
    const dec = (b: Uint8Array[]) => b.map((x) => new TextDecoder().decode(x)).join('');
    const head = xml.slice(0, xml.indexOf('<row r="1">'));
    expect(dec(rest)).toBe(head + xml.slice(xml.indexOf('</sheetData>')));
    expect(pieces.join('')).toBe(xml.slice(head.length, xml.indexOf('</sheetData>')));
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) expect(p).toMatch(/^<row r="\d+">.*<\/row>$/);
  });

  it('leaves a sheet without rows whole', () => {
    const empty = strToU8('<worksheet><sheetData/><pageMargins left="1"/></worksheet>');
    const pieces: Uint8Array[] = [];
    expect(cutRows([empty], 10, (p) => pieces.push(p))).toEqual([empty]);
    expect(pieces).toEqual([]);
  });

  it('refuses to cut a part without </sheetData>', () => {
    expect(() => cutRows([strToU8(xml.slice(0, xml.indexOf('</sheetData>')))], 500, () => {})).toThrow(
      NotCuttable,
    );
  });
});

describe('the command line on a large sheet (real worker threads)', () => {
  it('gives the report of the in-process read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-par-'));
    const file = path.join(dir, 'danh-sach.xlsx');
    fs.writeFileSync(file, workbook({ rows: ROWS }));
    const root = path.join(__dirname, '..', '..');
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/summarize.ts', file],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const pkg = await openWorkbook(fs.readFileSync(file));
    const grid = readSheet(pkg, pkg.sheets[0], sheetContextOf(pkg));
    const report = JSON.parse(r.stdout);
    expect(report.sheets).toEqual(summarizeWorkbook([grid], { source: 'danh-sach.xlsx' }).sheets);
    // The list was read as one: 26,000 dossiers over the 4 offices.
    expect(report.sheets[0].units.map((u: { name: string }) => u.name)).toEqual(OFFICES);
  });
});
