/**
 * The two-tier administration since 1/7/2025 (domain.md section 0): province reports with band rows,
 * "Toàn tỉnh" totals and "Trung bình toàn quốc" benchmarks; a commune's own report by field; names a
 * ward and a commune share; pre-2025 district reports unchanged.
 */
import { summarizeWorkbook } from '../../src/core/engine';
import type { CellValue } from '../../src/core/grid';
import type { SheetReport } from '../../src/core/report';
import { buildSummaryLayout } from '../../src/core/summary';
import { findScope } from '../../src/core/detect/scope';
import { reportOf } from '../helpers/fixtures';
import { makeGrid } from '../helpers/grid';

const HEAD = ['STT', 'Đơn vị', 'Tổng số hồ sơ tiếp nhận', 'Tiếp nhận trực tuyến', 'Tiếp nhận trực tiếp'];

function analyze(rows: CellValue[][], thresholds = { onlineRate: 0.5 }): SheetReport {
  return summarizeWorkbook([makeGrid('T9', rows)], { source: 't.xlsx', thresholds }).sheets[0];
}

describe('scope of a report', () => {
  it('reads the most specific agency of the title block, else the total row', () => {
    expect(findScope(['UBND TỈNH NINH BÌNH', 'VĂN PHÒNG UBND TỈNH'], undefined)).toEqual({
      level: 'province',
      name: 'Ninh Bình',
      noun: 'tỉnh',
    });
    expect(findScope(['UBND TỈNH AN GIANG', 'UBND XÃ HÒA BÌNH'], undefined)).toEqual({
      level: 'commune',
      name: 'Hòa Bình',
      noun: 'xã',
    });
    expect(findScope(['HUYỆN LỆ THỦY', 'BÁO CÁO THÁNG 3/2017'], undefined)?.level).toBe('district');
    expect(findScope(['UBND THÀNH PHỐ HUẾ'], undefined)?.level).toBe('province');
    expect(findScope(['UBND THÀNH PHỐ TAM ĐIỆP'], undefined)?.level).toBe('district');
    expect(findScope(['ĐẶC KHU PHÚ QUỐC'], undefined)).toEqual({
      level: 'commune',
      name: 'Phú Quốc',
      noun: 'đặc khu',
    });
    expect(findScope(['THỐNG KÊ TIẾN ĐỘ GIẢI QUYẾT HỒ SƠ - TỈNH THANH HÓA'], undefined)?.name).toBe(
      'Thanh Hóa',
    );
    expect(findScope(['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH HÓA'], undefined)?.level).toBe(
      'province',
    );
    expect(findScope(['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI'], undefined)).toBeNull();
    expect(findScope(['KẾT QUẢ GIẢI QUYẾT TTHC'], 'Toàn tỉnh')).toEqual({
      level: 'province',
      name: null,
      noun: 'tỉnh',
    });
    expect(findScope(['KẾT QUẢ GIẢI QUYẾT TTHC'], 'Tổng cộng')).toBeNull();
  });
});

describe('the 2026 province fixture (tinh-ninh-binh-2026-09)', () => {
  let sheet: SheetReport;
  let layoutTexts: string[];
  beforeAll(async () => {
    const report = await reportOf('tinh-ninh-binh-2026-09', { onTimeRate: 0.98, onlineRate: 0.5 });
    sheet = report.sheets[0];
    const layout = buildSummaryLayout(report, { lang: 'vi', sheetName: 'Tổng hợp CCHC' });
    layoutTexts = layout.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? '')));
  });

  it('reads band rows as headings, "Toàn tỉnh" as the total and only the average as benchmark', () => {
    expect(sheet.findings).toEqual([]);
    expect(sheet.total?.onlineRate).toEqual({ value: 11395 / 19472, numerator: 11395, denominator: 19472 });
    expect(sheet.benchmark).toEqual({ onlineRate: 0.462 });
    expect(sheet.benchmarkName).toBe('Trung bình toàn quốc');
    expect(sheet.units.filter((u) => u.level === 'department').map((u) => u.row)).toEqual([
      10, 11, 12, 13, 14, 15,
    ]);
    expect(sheet.units.filter((u) => u.level === 'commune')).toHaveLength(16);
  });

  it('writes the paragraph with the province scope and keeps the noun of shared names', () => {
    expect(sheet.narrative).toContain(
      'Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn tỉnh đạt 58,52% (trung bình toàn quốc 46,20%). ' +
        'Có 7/22 đơn vị chưa đạt chỉ tiêu 50% (xã Phủ Lý 2,11%; xã Kim Sơn 5,96%; phường Duy Tiên 19,67%; ' +
        'Sở Nội vụ 27,06%;',
    );
    expect(sheet.narrative).not.toMatch(/huyện/);
  });

  it('heads the appendix and its tables with the province', () => {
    expect(layoutTexts).toContain('UBND TỈNH NINH BÌNH');
    expect(layoutTexts.some((t) => t.includes('của UBND tỉnh Ninh Bình)'))).toBe(true);
    expect(layoutTexts).toContain('Toàn tỉnh');
    expect(layoutTexts).toContain('Trung bình toàn quốc');
    expect(layoutTexts.some((t) => /huyện/.test(t))).toBe(false);
  });
});

describe('an appendix without a "UBND …" line', () => {
  it('takes its agency from the scope', () => {
    const report = summarizeWorkbook(
      [
        makeGrid('T7', [
          ['THỐNG KÊ TIẾN ĐỘ GIẢI QUYẾT HỒ SƠ - TỈNH THANH HÓA'],
          ['Từ ngày 01/07/2026 đến ngày 31/07/2026'],
          HEAD,
          [1, 'Sở Tài chính', 268, 213, 55],
        ]),
      ],
      { source: 't.xlsx' },
    );
    const texts = buildSummaryLayout(report, { lang: 'vi', sheetName: 'Tổng hợp CCHC' }).rows.flatMap((r) =>
      r.cells.map((c) => String(c.value ?? '')),
    );
    expect(texts).toContain('UBND TỈNH THANH HÓA');
    expect(texts.some((t) => t.endsWith('của UBND tỉnh Thanh Hóa)'))).toBe(true);
  });
});

describe('names a ward and a commune share', () => {
  it('keeps the noun for both, bare names elsewhere', () => {
    const s = analyze([
      ['UBND TỈNH AN GIANG'],
      HEAD,
      ['I', 'UBND xã, phường, đặc khu'],
      [1, 'Phường Tân Châu', 500, 247, 253],
      [2, 'Xã Tân Châu', 340, 3, 337],
      [3, 'Xã Mỹ Hòa', 100, 20, 80],
      [4, 'Đặc khu Phú Quốc', 200, 150, 50],
      [null, 'Toàn tỉnh', 1140, 420, 720],
    ]);
    expect(s.scope).toEqual({ level: 'province', name: 'An Giang', noun: 'tỉnh' });
    expect(s.units.map((u) => u.level)).toEqual(['commune', 'commune', 'commune', 'commune']);
    expect(s.narrative).toBe(
      'Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn tỉnh đạt 36,84%. Có 3/4 xã, phường, đặc khu chưa đạt ' +
        'chỉ tiêu 50% (xã Tân Châu 0,88%; Mỹ Hòa 20,00%; phường Tân Châu 49,40%).',
    );
  });
});

describe("a commune's own report by field", () => {
  it('lists fields under "toàn xã" and never checks the band rows', () => {
    const s = analyze([
      ['UBND XÃ HÒA BÌNH'],
      ['BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC THÁNG 10/2026'],
      ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Tiếp nhận trực tuyến', 'Tiếp nhận trực tiếp'],
      ['A', 'Cấp xã'],
      [1, 'Hộ tịch', 120, 90, 30],
      [2, 'Chứng thực', 80, 20, 60],
      [3, 'Đất đai', 40, 30, 10],
      [null, 'Toàn xã', 240, 140, 100],
    ]);
    expect(s.scope).toEqual({ level: 'commune', name: 'Hòa Bình', noun: 'xã' });
    expect(s.units.map((u) => [u.name, u.level])).toEqual([
      ['Hộ tịch', 'field'],
      ['Chứng thực', 'field'],
      ['Đất đai', 'field'],
    ]);
    expect(s.findings).toEqual([]);
    expect(s.narrative).toBe(
      'Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn xã đạt 58,33%. Có 1/3 lĩnh vực chưa đạt chỉ tiêu 50% (Chứng thực 25,00%).',
    );
  });
});

describe('count sentences of a report by field', () => {
  it('count the fields, not "đơn vị"', () => {
    const s = analyze([
      ['UBND PHƯỜNG HÒA BÌNH'],
      ['STT', 'Lĩnh vực', 'Số hồ sơ đã giải quyết', null, null, null],
      [null, null, 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Trễ hạn'],
      [1, 'Hộ tịch', 110, 40, 68, 2],
      [2, 'Chứng thực', 300, 100, 200, 0],
      [3, 'Đất đai', 60, 10, 45, 5],
      [null, 'Tổng cộng', 470, 150, 313, 7],
    ]);
    expect(s.units.map((u) => u.level)).toEqual(['field', 'field', 'field']);
    expect(s.narrative).toContain(
      'Có 2 lĩnh vực có hồ sơ giải quyết quá hạn, tổng cộng 7 hồ sơ (Đất đai 5; Hộ tịch 2).',
    );
  });
});

describe('a band row that carries figures', () => {
  it('is still checked against its units', () => {
    const s = analyze([
      HEAD,
      ['I', 'Sở, ban, ngành', 300, 100, 200],
      [1, 'Sở Tư pháp', 100, 50, 50],
      [2, 'Sở Y tế', 150, 60, 90],
    ]);
    expect(s.findings.map((f) => [f.code, f.row, f.column])).toEqual([
      ['total-mismatch', 2, 'C'],
      ['total-mismatch', 2, 'D'],
      ['total-mismatch', 2, 'E'],
    ]);
    expect(s.units.map((u) => u.level)).toEqual(['department', 'department']);
  });
});
