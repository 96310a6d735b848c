/** Finding texts: one place for every message, Vietnamese first, English when asked. */
import type { Lang } from '../engine';
import type { Finding, FindingCode, Severity } from '../report';
import { formatCount } from '../summary/format';

export interface FindingSink {
  lang: Lang;
  sheet: string;
  add(f: Omit<Finding, 'sheet'>): void;
  list: Finding[];
}

export function findingSink(sheet: string, lang: Lang): FindingSink {
  const list: Finding[] = [];
  return { lang, sheet, list, add: (f) => list.push({ ...f, sheet }) };
}

type Args = Record<string, string | number>;

const TEXTS: Record<FindingCode, { vi: (a: Args) => string; en: (a: Args) => string }> = {
  'header-not-found': {
    vi: () =>
      'Có bảng số liệu nhưng không nhận ra dòng tiêu đề cột; hãy chọn loại bảng và cột trong mục "Trang tính".',
    en: () =>
      'A table of figures was found but no recognizable header; choose the sheet kind and columns by hand.',
  },
  'columns-not-recognized': {
    vi: (a) =>
      `Bảng có ${a.numeric} cột số nhưng không nhận ra ${a.missing}` +
      (a.found ? ` (đã nhận ra: ${a.found})` : '') +
      '; hãy chọn loại bảng và cột trong mục "Trang tính".',
    en: (a) =>
      `The table has ${a.numeric} numeric columns but no recognizable ${a.missing}` +
      (a.found ? ` (recognized: ${a.found})` : '') +
      '; choose the sheet kind and columns by hand.',
  },
  'missing-column': {
    vi: (a) => `Thiếu cột "${a.column}" nên không tính được ${a.metric}.`,
    en: (a) => `Column "${a.column}" is missing, so ${a.metric} cannot be computed.`,
  },
  'not-a-number': {
    vi: (a) => `Ô ${a.cell} (${a.header}) chứa "${a.text}", không phải số.`,
    en: (a) => `Cell ${a.cell} (${a.header}) holds "${a.text}", not a number.`,
  },
  'negative-value': {
    vi: (a) => `Ô ${a.cell} (${a.header}) có số âm (${a.value}).`,
    en: (a) => `Cell ${a.cell} (${a.header}) is negative (${a.value}).`,
  },
  'error-value': {
    vi: (a) => `Ô ${a.cell} (${a.header}) bị lỗi công thức ${a.text}.`,
    en: (a) => `Cell ${a.cell} (${a.header}) holds the Excel error ${a.text}.`,
  },
  'parts-mismatch': {
    vi: (a) => `${a.whole} (${a.total}) khác ${a.parts} (${a.sum})`,
    en: (a) => `${a.whole} (${a.total}) differs from ${a.parts} (${a.sum})`,
  },
  'total-mismatch': {
    vi: (a) => `Dòng "${a.name}", cột ${a.header}: ${a.total} khác tổng các đơn vị (${a.sum}).`,
    en: (a) =>
      `Row "${a.name}", column ${a.header}: ${a.total} differs from the sum of the units (${a.sum}).`,
  },
  'rate-mismatch': {
    vi: (a) => `Tỷ lệ ghi trong ô ${a.cell} (${a.shown}) khác tỷ lệ tính từ số liệu (${a.computed}).`,
    en: (a) =>
      `The rate in ${a.cell} (${a.shown}) differs from the one computed from the counts (${a.computed}).`,
  },
  'ratio-over-100': {
    vi: (a) => `${a.numerator} (${a.num}) lớn hơn ${a.denominator} (${a.den}): tỷ lệ vượt 100%.`,
    en: (a) => `${a.numerator} (${a.num}) exceeds ${a.denominator} (${a.den}): the rate is over 100%.`,
  },
  'duplicate-unit': {
    vi: (a) => `Đơn vị "${a.name}" trùng với "${a.other}" ở dòng ${a.otherRow}.`,
    en: (a) => `Unit "${a.name}" duplicates "${a.other}" on row ${a.otherRow}.`,
  },
  'empty-sheet': { vi: () => 'Trang tính trống.', en: () => 'The sheet is empty.' },
  'legacy-encoding': {
    vi: (a) =>
      `Ô ${a.cell} có chữ mã cũ (TCVN3/VNI): "${a.text}". Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã).`,
    en: (a) => `Cell ${a.cell} holds legacy-encoded (TCVN3/VNI) text: "${a.text}". Convert it to Unicode.`,
  },
};

export function message(code: FindingCode, lang: Lang, args: Args = {}): string {
  return TEXTS[code][lang](args);
}

export function addFinding(
  sink: FindingSink,
  code: FindingCode,
  severity: Severity,
  where: { row: number | null; column?: string; unit?: string },
  args: Args = {},
): void {
  const f: Omit<Finding, 'sheet'> = {
    severity,
    code,
    row: where.row,
    message: message(code, sink.lang, args),
  };
  if (where.column) f.column = where.column;
  if (where.unit) f.unit = where.unit;
  sink.add(f);
}

export function fmtN(n: number, lang: Lang): string {
  return formatCount(n, lang);
}
