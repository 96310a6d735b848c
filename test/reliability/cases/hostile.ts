/**
 * Files that are not readable workbooks: old .xls, CSV, encrypted, corrupt, zip bombs. Each must be
 * refused quickly with exit 1 and one line, without inflating what it claims to hold.
 */
import zlib from 'node:zlib';
import { buildZip, crc32, type ZipEntry } from '../support/zipBytes';
import { sheetOf, standard, xlsx, type CorpusCase } from './common';

/** An OLE2 compound file header (what .xls and encrypted .xlsx files start with), padded to one sector. */
function ole(marker: string): Buffer {
  const b = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x3e, 24); // minor version
  b.writeUInt16LE(0x03, 26); // major version 3
  b.writeUInt16LE(0xfffe, 28); // little-endian
  b.writeUInt16LE(9, 30); // 512-byte sectors
  Buffer.from(marker, 'utf16le').copy(b, 1024);
  return b;
}

function stored(name: string, text: string): ZipEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, data, method: 0, crc: crc32([data]), size: data.length };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** `mb` megabytes of zeros deflated as they stream, so the whole never sits in memory (a few hundred KB on disk). */
async function zeros(mb: number): Promise<{ data: Buffer; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (d: Buffer) => parts.push(d));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  for (let i = 0; i < mb; i++)
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  deflate.end();
  await done;
  // node:zlib's crc32 when there (Node >= 20.15), else the table one: 400 MB in JS takes seconds.
  const native = (zlib as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  let crc = 0;
  if (native) for (let i = 0; i < mb; i++) crc = native(chunk, crc);
  else crc = crc32(Array.from({ length: mb }, () => chunk));
  return { data: Buffer.concat(parts), crc };
}

/** A sheet entry of `mb` zeros; `declared` is the size its headers claim. */
async function bomb(mb: number, declared: number): Promise<Buffer> {
  const z = await zeros(mb);
  return buildZip([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored(
      'xl/workbook.xml',
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    ),
    { name: 'xl/worksheets/sheet1.xml', data: z.data, method: 8, crc: z.crc, size: declared },
  ]);
}

/** Central directory claiming 4 GB per entry, with next to nothing inside. */
function declaredBomb(): Buffer {
  const tiny = zlib.deflateRawSync(Buffer.alloc(1000));
  const entries: ZipEntry[] = [stored('[Content_Types].xml', CONTENT_TYPES)];
  for (let i = 1; i <= 16; i++)
    entries.push({ name: `xl/worksheets/sheet${i}.xml`, data: tiny, method: 8, crc: 0, size: 0xfffffffe });
  return buildZip(entries);
}

async function truncated(): Promise<Buffer> {
  const whole = await xlsx(sheetOf('Tháng 4-2024', standard()));
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** A zip whose entries are not deflate streams at all. */
function garbage(): Buffer {
  const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 251));
  const entry = (name: string): ZipEntry => ({ name, data: junk, method: 8, crc: 0x12345678, size: 50000 });
  return buildZip([
    entry('[Content_Types].xml'),
    entry('xl/workbook.xml'),
    entry('xl/worksheets/sheet1.xml'),
  ]);
}

/** A minimal hand-written .xlsx around one worksheet's XML (ExcelJS cannot write what these cases need). */
function rawXlsx(sheetData: string, mergeRefs: string[]): Buffer {
  const ns = 'http://schemas.openxmlformats.org';
  const rels = (target: string, type: string) =>
    `<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;
  const merges = `<mergeCells count="${mergeRefs.length}">${mergeRefs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;
  return buildZip([
    stored(
      '[Content_Types].xml',
      `<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    stored('_rels/.rels', rels('xl/workbook.xml', 'officeDocument')),
    stored(
      'xl/workbook.xml',
      `<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Gộp ô" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    stored('xl/_rels/workbook.xml.rels', rels('worksheets/sheet1.xml', 'worksheet')),
    stored(
      'xl/worksheets/sheet1.xml',
      `<worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${merges}</worksheet>`,
    ),
  ]);
}

const HELLO = '<row r="1"><c r="A1" t="inlineStr"><is><t>Báo cáo</t></is></c></row>';

const refused = (description: string, message: string) => ({ description, exitCode: 1 as const, message });

export const HOSTILE_CASES: CorpusCase[] = [
  {
    file: 'old-format.xls',
    build: async () => ole('Workbook'),
    expect: refused('An Excel 97-2003 .xls file (OLE2 container).', '.xls'),
  },
  {
    file: 'password-protected.xlsx',
    build: async () => ole('EncryptionInfo EncryptedPackage'),
    expect: refused('A password-protected .xlsx: an OLE2 container holding EncryptedPackage.', 'mật khẩu'),
  },
  {
    file: 'export.csv',
    build: async () => Buffer.from('\ufeffSTT,Đơn vị,Tổng số\n1,Xã An Hưng,233\n2,Xã An Trung,174\n', 'utf8'),
    expect: refused('A CSV export.', 'không phải .xlsx'),
  },
  {
    file: 'html-as-xlsx.xlsx',
    build: async () =>
      Buffer.from('<html><body><table><tr><td>STT</td><td>Đơn vị</td></tr></table></body></html>', 'utf8'),
    expect: refused('An HTML table saved with an .xlsx name, as some portals export.', 'không phải .xlsx'),
  },
  {
    file: 'zero-bytes.xlsx',
    build: async () => Buffer.alloc(0),
    expect: refused('An empty file.', 'không phải .xlsx'),
  },
  {
    file: 'corrupt-truncated.xlsx',
    build: truncated,
    expect: refused('The first half of a real workbook (download cut short).', 'Tệp hỏng'),
  },
  {
    file: 'corrupt-garbage.xlsx',
    build: async () => garbage(),
    expect: refused('A zip whose entries are not deflate data.', 'Tệp hỏng'),
  },
  {
    file: 'docx-renamed.xlsx',
    build: async () =>
      buildZip([stored('[Content_Types].xml', CONTENT_TYPES), stored('word/document.xml', '<w:document/>')]),
    expect: refused('A Word document renamed to .xlsx (a zip without a workbook).', 'không phải bảng tính'),
  },
  {
    file: 'merge-whole-sheet.xlsx',
    build: async () => rawXlsx(HELLO, ['A1:XFD1048576']),
    expect: refused(
      'One merge over the whole sheet (17 billion cells): ExcelJS would create every cell and run out of memory.',
      'vùng gộp ô',
    ),
  },
  {
    file: 'merges-20000.xlsx',
    build: async () =>
      rawXlsx(
        HELLO,
        Array.from({ length: 20000 }, (_, i) => `A${i + 2}:B${i + 2}`),
      ),
    expect: refused(
      'Twenty thousand merges: ExcelJS checks each against all earlier ones (minutes).',
      'vùng gộp ô',
    ),
  },
  {
    file: 'bomb-declared.xlsx',
    build: async () => declaredBomb(),
    expect: refused(
      'A small zip whose central directory declares 16 entries of 4 GB.',
      'vượt giới hạn an toàn',
    ),
  },
  {
    file: 'bomb-real.xlsx',
    build: () => bomb(300, 300 * 1024 * 1024),
    expect: refused(
      'A real 300 MB sheet of zeros, deflated to a few hundred KB, declared honestly.',
      'vượt giới hạn an toàn',
    ),
  },
  {
    file: 'bomb-lying.xlsx',
    build: () => bomb(400, 2000),
    expect: refused('A real 400 MB sheet of zeros whose headers claim 2 000 bytes.', 'vượt giới hạn an toàn'),
  },
];
