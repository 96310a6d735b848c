/**
 * Deterministic synthetic workbooks for the benchmark, shaped like the fixtures in test/fixtures:
 *
 * - dossier-stats (ho-so-an-lao-2024-04.xlsx): two-column heading, title, period, a three-row merged
 *   header, a "(1) (2) …" row, group rows I / II, unit rows, "Tổng cộng", the signature block;
 * - signatures (ky-so-truc-ninh-2024.xlsx): one header row, 1–3 leaders per unit with STT and unit
 *   merged down their rows, the rate as a cached formula, "Tổng cộng";
 * - dossier-list (danh-sach-ho-so-2024-10.xlsx): the twelve columns of the one-stop system's export,
 *   dates as real dates with a few typed as text, the period in the title.
 *
 * A sheet is described once (SheetSpec) and turned either into the Grid that src/xlsx/readGrid would
 * give (the core benchmark, no file needed) or into an .xlsx written with ExcelJS's streaming writer
 * (the file benchmarks). A seeded PRNG makes every run produce the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid, MergeArea } from '../src/core/grid';
import { columnLetter } from '../src/core/grid';
import { fold } from '../src/core/parse/text';

/** Bump when the generated content changes, so cached files are rebuilt. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 20240415;

// ---------------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32)

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------------
// Vietnamese names

const PLACE_SYLLABLES = [
  'An', 'Bình', 'Hòa', 'Tân', 'Phú', 'Long', 'Thanh', 'Hưng', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung',
  'Quang', 'Vĩnh', 'Xuân', 'Hải', 'Minh', 'Đức', 'Thịnh', 'Yên', 'Cát', 'Lạc', 'Dân', 'Hồng', 'Phúc',
  'Thái', 'Thuận', 'Lợi', 'Mỹ', 'Lộc', 'Khánh', 'Hà', 'Sơn', 'Thủy', 'Lâm', 'Tiến', 'Thắng', 'Lập',
  'Nghĩa', 'Hiệp', 'Hội', 'Thành', 'Kim', 'Ngọc', 'Trường', 'Định', 'Châu', 'Hoàng', 'Việt', 'Tuấn',
  'Cường', 'Dũng', 'Tường', 'Phong', 'Hậu', 'Lễ', 'Cổ', 'Chính', 'Hùng', 'Liên', 'Giang', 'Điền',
  'Ninh', 'Quý', 'Vân', 'Cao', 'Tiên', 'Kiều', 'Đạo', 'Mai', 'Đồng', 'Trực', 'Nhân', 'Hợp', 'Phương',
  'Tràng', 'Lương', 'Văn', 'Hiền',
]; // prettier-ignore

const DEPARTMENTS = [
  'Phòng Tư pháp',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Kinh tế và Hạ tầng',
  'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Văn hóa và Thông tin',
  'Phòng Nội vụ',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Nông nghiệp và Phát triển nông thôn',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Y tế',
  'Thanh tra huyện',
  'Văn phòng HĐND và UBND huyện',
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý']; // prettier-ignore
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Ngọc', 'Thu', 'Xuân', 'Đình', 'Mạnh']; // prettier-ignore
const GIVEN = ['Lan', 'Long', 'Sơn', 'Hương', 'Tuấn', 'Mai', 'Dũng', 'Thảo', 'Hùng', 'Hà', 'Bình', 'Cường', 'Hải', 'Linh', 'Trang', 'Nam', 'Phương', 'Quân', 'Thắng', 'Yến']; // prettier-ignore

/**
 * `count` distinct local-government unit names: the district's departments first, then communes,
 * townships and wards named from two syllables ("UBND xã Hòa Lạc"). Distinct also once "UBND"/"xã"
 * are stripped and accents folded, so the engine sees no duplicate units.
 */
export function unitNames(
  rng: Rng,
  count: number,
  departments = Math.min(DEPARTMENTS.length, Math.ceil(count / 5)),
) {
  const syllables = [...new Map(PLACE_SYLLABLES.map((s) => [fold(s), s])).values()];
  const pairs: string[] = [];
  for (const a of syllables) for (const b of syllables) if (a !== b) pairs.push(`${a} ${b}`);
  rng.shuffle(pairs);
  if (count - departments > pairs.length) throw new Error(`at most ${pairs.length} communes`);
  const out: { name: string; level: 'district' | 'commune' }[] = DEPARTMENTS.slice(0, departments).map(
    (name) => ({ name, level: 'district' as const }),
  );
  for (let i = 0; out.length < count; i++) {
    const kind = rng.next();
    const prefix = kind < 0.85 ? 'UBND xã' : kind < 0.95 ? 'UBND thị trấn' : 'UBND phường';
    out.push({ name: `${prefix} ${pairs[i]}`, level: 'commune' });
  }
  return out;
}

function personName(rng: Rng): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

// ---------------------------------------------------------------------------------------------------
// Sheet description

export interface FormulaCell {
  formula: string;
  /** The cached result; absent for a formula never calculated. */
  result?: number | string;
}

export type SpecCell = CellValue | FormulaCell;

export interface SheetSpec {
  name: string;
  /** 0-based rows; undefined/null cells are empty. */
  rows: SpecCell[][];
  /** Number formats, same shape as rows (sparse). */
  numFmts: (string | undefined)[][];
  merges: MergeArea[];
  columnWidths?: number[];
}

export function isFormula(v: unknown): v is FormulaCell {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'formula' in v;
}

/** The grid src/xlsx/readGrid gives for the written file: cached results, covered cells dropped. */
export function toGrid(spec: SheetSpec): Grid {
  const covered = new Set<number>();
  const width = 64;
  for (const m of spec.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * width + c);
  const values: CellValue[][] = [];
  const numFmts: (string | undefined)[][] = [];
  for (let r = 0; r < spec.rows.length; r++) {
    const src = spec.rows[r] ?? [];
    const row: CellValue[] = [];
    const fmts: (string | undefined)[] = [];
    for (let c = 0; c < src.length; c++) {
      const v = src[c];
      if (v === null || v === undefined || covered.has(r * width + c)) continue;
      row[c] = isFormula(v) ? ((v.result ?? null) as CellValue) : v;
      const f = spec.numFmts[r]?.[c];
      if (f) fmts[c] = f;
    }
    values[r] = row;
    if (fmts.length) numFmts[r] = fmts;
  }
  return { name: spec.name, values, numFmts, merges: spec.merges };
}

// ---------------------------------------------------------------------------------------------------
// dossier-stats

const STATS_HEADER: { row: number; col: number; text: string }[] = [
  { row: 6, col: 0, text: 'STT' },
  { row: 6, col: 1, text: 'Đơn vị' },
  { row: 6, col: 2, text: 'Số hồ sơ nhận giải quyết' },
  { row: 6, col: 6, text: 'Số hồ sơ đã giải quyết' },
  { row: 6, col: 10, text: 'Số hồ sơ đang giải quyết' },
  { row: 7, col: 2, text: 'Tổng số' },
  { row: 7, col: 3, text: 'Số mới tiếp nhận trong kỳ' },
  { row: 7, col: 5, text: 'Số từ kỳ trước chuyển qua' },
  { row: 7, col: 6, text: 'Tổng số' },
  { row: 7, col: 7, text: 'Trả trước hạn' },
  { row: 7, col: 8, text: 'Trả đúng thời hạn' },
  { row: 7, col: 9, text: 'Trả quá hạn' },
  { row: 7, col: 10, text: 'Tổng số' },
  { row: 7, col: 11, text: 'Chưa đến hạn' },
  { row: 7, col: 12, text: 'Quá hạn' },
  { row: 8, col: 3, text: 'Trực tuyến' },
  { row: 8, col: 4, text: 'Trực tiếp, qua dịch vụ bưu chính công ích' },
];

const STATS_MERGES = [
  'A1:E1', 'F1:M1', 'A2:E2', 'F2:M2', 'A4:M4', 'A5:M5', 'C7:F7', 'G7:J7', 'K7:M7', 'A7:A9', 'B7:B9',
  'D8:E8', 'C8:C9', 'F8:F9', 'G8:G9', 'H8:H9', 'I8:I9', 'J8:J9', 'K8:K9', 'L8:L9', 'M8:M9',
]; // prettier-ignore

export function mergeOf(ref: string): MergeArea {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: +m[2] - 1, left: col(m[1]), bottom: +m[4] - 1, right: col(m[3]) };
}

/** Thirteen figures of one unit, consistent: received = new + carried = resolved + in progress. */
function statsFigures(rng: Rng, level: 'district' | 'commune'): number[] {
  const received = level === 'district' ? rng.int(20, 400) : rng.int(30, 900);
  const carried = Math.round(received * rng.next() * 0.08);
  const fresh = received - carried;
  const online = Math.round(fresh * (0.05 + 0.9 * rng.next()));
  const direct = fresh - online;
  const inProgress = Math.round(received * (0.03 + 0.12 * rng.next()));
  const resolved = received - inProgress;
  const late = rng.chance(0.3) ? Math.min(resolved, rng.int(1, Math.max(1, Math.round(resolved * 0.04)))) : 0;
  const early = Math.round((resolved - late) * (0.2 + 0.5 * rng.next()));
  const onTime = resolved - late - early;
  const overdue = rng.chance(0.1) ? Math.min(inProgress, rng.int(1, 3)) : 0;
  return [
    received,
    online,
    direct,
    carried,
    resolved,
    early,
    onTime,
    late,
    inProgress,
    inProgress - overdue,
    overdue,
  ];
}

/** "1.234" or "27": a figure typed as text, as in the fixtures. */
function asText(n: number): string {
  return n >= 1000 ? n.toLocaleString('de-DE') : String(n);
}

export function dossierStats(units: number, seed = DEFAULT_SEED): SheetSpec {
  const rng = new Rng(seed ^ 0x51a75);
  const rows: SpecCell[][] = [];
  const set = (r: number, c: number, v: SpecCell) => ((rows[r] ??= [])[c] = v);
  set(0, 0, 'UBND HUYỆN AN LÃO');
  set(0, 5, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  set(1, 0, 'VĂN PHÒNG HĐND VÀ UBND');
  set(1, 5, 'Độc lập - Tự do - Hạnh phúc');
  set(3, 0, 'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
  set(4, 0, 'Kỳ báo cáo: từ ngày 15/3/2024 đến ngày 14/4/2024');
  for (const h of STATS_HEADER) set(h.row, h.col, h.text);
  for (let c = 0; c < 13; c++) set(9, c, `(${c + 1})`);
  const names = unitNames(rng, units);
  const groups = [
    { stt: 'I', name: 'Cấp huyện', units: names.filter((u) => u.level === 'district') },
    { stt: 'II', name: 'Cấp xã', units: names.filter((u) => u.level === 'commune') },
  ];
  let r = 10;
  const grand = new Array<number>(11).fill(0);
  for (const g of groups) {
    const groupRow = r++;
    const sums = new Array<number>(11).fill(0);
    g.units.forEach((u, i) => {
      const f = statsFigures(rng, u.level);
      f.forEach((v, k) => (sums[k] += v));
      set(r, 0, i + 1);
      set(r, 1, u.name);
      // Columns C..M: received, online, direct, carried, resolved, early, on time, late, in progress, not due, overdue.
      f.forEach((v, k) => set(r, 2 + k, rng.chance(0.015) ? asText(v) : v));
      r++;
    });
    set(groupRow, 0, g.stt);
    set(groupRow, 1, g.name);
    sums.forEach((v, k) => {
      set(groupRow, 2 + k, v);
      grand[k] += v;
    });
  }
  set(r, 1, 'Tổng cộng');
  grand.forEach((v, k) => set(r, 2 + k, v));
  r += 2;
  set(r, 1, 'Người lập biểu');
  set(r, 9, 'THỦ TRƯỞNG ĐƠN VỊ');
  set(r + 4, 1, 'Nguyễn Văn A');
  set(r + 4, 9, 'Trần Thị B');
  return {
    name: 'Tháng 4-2024',
    rows,
    numFmts: [],
    merges: STATS_MERGES.map(mergeOf),
    columnWidths: [6, 40, 10, 10, 12, 10, 10, 10, 10, 10, 10, 10, 10],
  };
}

// ---------------------------------------------------------------------------------------------------
// signatures

const POSITIONS = {
  commune: ['Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch'],
  district: ['Trưởng phòng', 'Phó Trưởng phòng', 'Phó Trưởng phòng'],
};

export function signatures(leaders: number, seed = DEFAULT_SEED): SheetSpec {
  const rng = new Rng(seed ^ 0x5161);
  const rows: SpecCell[][] = [];
  const numFmts: (string | undefined)[][] = [];
  const merges: MergeArea[] = ['A1:C1', 'A3:H3', 'A4:H4'].map(mergeOf);
  const set = (r: number, c: number, v: SpecCell) => ((rows[r] ??= [])[c] = v);
  set(0, 0, 'UBND HUYỆN TRỰC NINH');
  set(2, 0, 'THỐNG KÊ SỐ LIỆU KÝ SỐ CỦA LÃNH ĐẠO');
  set(3, 0, '(Từ ngày 01/01/2024 đến ngày 30/4/2024)');
  ['STT', 'Cơ quan, đơn vị', 'Họ và tên', 'Chức vụ', 'Tổng số văn bản đi', 'Số văn bản ký số cá nhân', 'Tỷ lệ ký số (%)', 'Ghi chú'].forEach(
    (h, c) => set(5, c, h),
  ); // prettier-ignore
  const names = unitNames(rng, leaders, 12);
  let r = 6;
  let issuedSum = 0;
  let signedSum = 0;
  for (let u = 0, left = leaders; left > 0; u++) {
    const unit = names[u];
    const n = Math.min(left, rng.int(1, 3));
    left -= n;
    set(r, 0, u + 1);
    set(r, 1, u === 0 ? 'UBND huyện' : unit.name);
    if (n > 1)
      merges.push(
        { top: r, left: 0, bottom: r + n - 1, right: 0 },
        { top: r, left: 1, bottom: r + n - 1, right: 1 },
      );
    const taken = new Set<string>();
    for (let k = 0; k < n; k++, r++) {
      let who = personName(rng);
      while (taken.has(who)) who = personName(rng);
      taken.add(who);
      const issued = rng.int(40, 400);
      const signed = Math.round(issued * (rng.chance(0.3) ? rng.next() * 0.7 : 0.7 + rng.next() * 0.3));
      issuedSum += issued;
      signedSum += signed;
      set(r, 2, who);
      set(r, 3, (unit.level === 'commune' || u === 0 ? POSITIONS.commune : POSITIONS.district)[k]);
      set(r, 4, issued);
      set(r, 5, signed);
      set(r, 6, {
        formula: `IF(E${r + 1}=0,"",F${r + 1}/E${r + 1}*100)`,
        result: Math.round((signed / issued) * 100e6) / 1e6,
      });
      (numFmts[r] ??= [])[6] = '0.00';
    }
  }
  set(r, 1, 'Tổng cộng');
  set(r, 4, issuedSum);
  set(r, 5, signedSum);
  set(r, 6, {
    formula: `F${r + 1}/E${r + 1}*100`,
    result: Math.round((signedSum / issuedSum) * 100e6) / 1e6,
  });
  return { name: 'Ky so', rows, numFmts, merges, columnWidths: [6, 34, 24, 18, 12, 12, 12, 12] };
}

// ---------------------------------------------------------------------------------------------------
// dossier-list

export const LIST_HEADERS = [
  'STT',
  'Mã hồ sơ',
  'Tên thủ tục hành chính',
  'Lĩnh vực',
  'Cơ quan tiếp nhận',
  'Hình thức nộp',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày có kết quả',
  'Trạng thái',
  'Số hóa hồ sơ',
  'Thanh toán trực tuyến',
];

/** Procedures: name, field, days to resolve, has a fee. */
const PROCEDURES: [string, string, number, boolean][] = [
  ['Cấp bản sao trích lục hộ tịch', 'Hộ tịch', 1, true],
  ['Đăng ký khai sinh', 'Hộ tịch', 1, false],
  ['Đăng ký kết hôn', 'Hộ tịch', 3, false],
  ['Xác nhận tình trạng hôn nhân', 'Hộ tịch', 3, true],
  ['Đăng ký khai tử', 'Hộ tịch', 1, false],
  ['Chứng thực bản sao từ bản chính', 'Chứng thực', 0, true],
  ['Chứng thực chữ ký', 'Chứng thực', 0, true],
  ['Đăng ký biến động đất đai', 'Đất đai', 10, true],
  ['Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'Đất đai', 30, true],
  ['Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Xây dựng', 15, true],
  ['Đăng ký hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh', 3, true],
  ['Trợ cấp xã hội hằng tháng', 'Bảo trợ xã hội', 7, false],
];

/** Offices that receive dossiers in a district's list. */
export const LIST_OFFICES = 60;
export const LIST_PERIOD = { from: Date.UTC(2024, 8, 15), to: Date.UTC(2024, 9, 14) };
const DAY = 86_400_000;
export const DATE_FMT = 'dd/mm/yyyy';

function ddmmyyyy(t: number): string {
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** One list row per call, so 500,000 rows can be streamed without holding them. */
export function* listRows(count: number, seed = DEFAULT_SEED): Generator<SpecCell[]> {
  const rng = new Rng(seed ^ 0x115);
  const offices = unitNames(rng, LIST_OFFICES, 9).map((u) => u.name);
  // Busier offices first: a Zipf-like share of the dossiers.
  const weights = offices.map((_, i) => 1 / (i + 2));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w, i) => (cumulative[i] = acc + w / total), 0);
  const office = () => {
    const x = rng.next();
    let i = 0;
    while (i < cumulative.length - 1 && cumulative[i] < x) i++;
    return offices[i];
  };
  const start = LIST_PERIOD.from - 14 * DAY;
  const span = (LIST_PERIOD.to - start) / DAY;
  for (let i = 0; i < count; i++) {
    const [proc, field, days, fee] = rng.pick(PROCEDURES);
    const received = start + rng.int(0, span) * DAY;
    const due = received + days * DAY;
    const channelRoll = rng.next();
    const channel =
      channelRoll < 0.55 ? 'Trực tuyến' : channelRoll < 0.95 ? 'Trực tiếp' : 'Qua dịch vụ bưu chính công ích';
    let result: Date | null = null;
    let status = 'Đang xử lý';
    if (rng.chance(0.82)) {
      const late = rng.chance(0.04);
      const t = late ? due + rng.int(1, 5) * DAY : received + Math.round(days * rng.next()) * DAY;
      result = new Date(t);
      status = late ? 'Đã trả kết quả (quá hạn)' : 'Đã trả kết quả';
    }
    const paid = fee && channel === 'Trực tuyến' ? (rng.chance(0.4) ? 'Có' : 'Không') : '';
    yield [
      i + 1,
      `H${37 + (i % 3)}.${String(rng.int(10, 99))}-2410${String(i).padStart(6, '0')}`,
      proc,
      field,
      office(),
      channel,
      // A few received dates typed as text, as in the fixture.
      rng.chance(0.005) ? ddmmyyyy(received) : new Date(received),
      new Date(due),
      result,
      status,
      rng.chance(0.87) ? 'Có' : 'Không',
      paid,
    ];
  }
}

export const LIST_FIRST_ROW = 4; // 0-based: title, period, blank, header, then data

export function listHead(): { rows: SpecCell[][]; merges: MergeArea[] } {
  const rows: SpecCell[][] = [];
  rows[0] = ['DANH SÁCH HỒ SƠ TIẾP NHẬN'];
  rows[1] = [`Từ ngày ${ddmmyyyy(LIST_PERIOD.from)} đến ngày ${ddmmyyyy(LIST_PERIOD.to)}`];
  rows[2] = [];
  rows[3] = [...LIST_HEADERS];
  return { rows, merges: ['A1:L1', 'A2:L2'].map(mergeOf) };
}

const LIST_DATE_COLUMNS = [6, 7, 8];

// ---------------------------------------------------------------------------------------------------
// Writing .xlsx (ExcelJS streaming writer: 500,000 rows without holding the workbook)

function toExcelValue(v: SpecCell): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (isFormula(v))
    return (
      v.result === undefined ? { formula: v.formula } : { formula: v.formula, result: v.result }
    ) as ExcelJS.CellFormulaValue;
  if (typeof v === 'object' && !(v instanceof Date)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

export interface StreamSheet {
  name: string;
  merges: MergeArea[];
  columnWidths?: number[];
  /** Rows in order (row index 0-based), with per-cell number formats. */
  rows: Iterable<{ index: number; cells: SpecCell[]; numFmts?: (string | undefined)[] }>;
}

export function specRows(spec: SheetSpec): StreamSheet['rows'] {
  return (function* () {
    for (let r = 0; r < spec.rows.length; r++)
      if (spec.rows[r]) yield { index: r, cells: spec.rows[r], numFmts: spec.numFmts[r] };
  })();
}

function rangeRef(m: MergeArea): string {
  return `${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`;
}

export async function writeStreaming(file: string, sheets: StreamSheet[]): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.part`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: tmp,
    useSharedStrings: true,
    useStyles: true,
  });
  wb.creator = 'bench/generate.ts';
  wb.created = new Date(Date.UTC(2024, 9, 15));
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.columnWidths) ws.columns = s.columnWidths.map((width) => ({ width }));
    for (const m of s.merges) ws.mergeCells(rangeRef(m));
    for (const { index, cells, numFmts } of s.rows) {
      const row = ws.getRow(index + 1);
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        if (v === null || v === undefined) continue;
        const cell = row.getCell(c + 1);
        cell.value = toExcelValue(v);
        const f = numFmts?.[c];
        if (f) cell.numFmt = f;
      }
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  fs.renameSync(tmp, file);
}

/** The list, streamed row by row from the generator (never held in memory). */
export function listStreamSheet(count: number, seed = DEFAULT_SEED): StreamSheet {
  const { rows, merges } = listHead();
  return {
    name: 'Danh sach ho so',
    merges,
    columnWidths: [8, 18, 40, 20, 32, 16, 13, 13, 13, 22, 10, 12],
    rows: (function* () {
      for (let r = 0; r < rows.length; r++) yield { index: r, cells: rows[r] };
      let r = LIST_FIRST_ROW;
      for (const cells of listRows(count, seed)) {
        const numFmts: (string | undefined)[] = [];
        for (const c of LIST_DATE_COLUMNS) if (cells[c] instanceof Date) numFmts[c] = DATE_FMT;
        yield { index: r++, cells, numFmts };
      }
    })(),
  };
}

// ---------------------------------------------------------------------------------------------------
// The officers' way: the list plus a sheet of COUNTIFS per unit (for LibreOffice)

/**
 * The list as the officer receives it, plus a helper column "Đúng hạn" (1 when the result date is on or
 * before the due date: COUNTIFS cannot compare two columns of a row) and a first sheet "Tổng hợp" with,
 * per receiving office, COUNTIFS for received, online, resolved on time and digitized. No cached
 * results: the spreadsheet program has to compute every formula.
 */
export function countifsSheets(count: number, seed = DEFAULT_SEED): StreamSheet[] {
  const rng = new Rng(seed ^ 0x115);
  const offices = unitNames(rng, LIST_OFFICES, 9).map((u) => u.name);
  const first = LIST_FIRST_ROW + 1;
  const last = LIST_FIRST_ROW + count;
  const col = (letter: string) => `'Danh sach ho so'!$${letter}$${first}:$${letter}$${last}`;
  const summaryRows: { index: number; cells: SpecCell[] }[] = [
    { index: 0, cells: ['Cơ quan tiếp nhận', 'Tiếp nhận', 'Trực tuyến', 'Giải quyết đúng hạn', 'Số hóa'] },
  ];
  offices.forEach((name, i) => {
    const a = `$A${i + 2}`;
    summaryRows.push({
      index: i + 1,
      cells: [
        name,
        { formula: `COUNTIFS(${col('E')},${a})` },
        { formula: `COUNTIFS(${col('E')},${a},${col('F')},"Trực tuyến")` },
        { formula: `COUNTIFS(${col('E')},${a},${col('M')},1)` },
        { formula: `COUNTIFS(${col('E')},${a},${col('K')},"Có")` },
      ],
    });
  });
  const list = listStreamSheet(count, seed);
  const listWithHelper: StreamSheet = {
    ...list,
    rows: (function* () {
      for (const row of list.rows) {
        const cells = [...row.cells];
        if (row.index === LIST_FIRST_ROW - 1) cells[12] = 'Đúng hạn';
        else if (row.index >= LIST_FIRST_ROW) {
          const n = row.index + 1;
          cells[12] = { formula: `IF(AND(ISNUMBER(I${n}),ISNUMBER(H${n})),IF(I${n}<=H${n},1,0),0)` };
        }
        yield { ...row, cells };
      }
    })(),
  };
  return [
    { name: 'Tong hop', merges: [], columnWidths: [34, 12, 12, 14, 12], rows: summaryRows },
    listWithHelper,
  ];
}
