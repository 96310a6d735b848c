/** A fault spoils only the figures computed from the faulty cells (report-contract.md). */
import { reportOf } from '../helpers/fixtures';

describe('loi-so-lieu-2024-06: faulty cells', () => {
  it('keeps the rates a fault does not touch and nulls the ones it does', async () => {
    const s = (await reportOf('loi-so-lieu-2024-06')).sheets.find((x) => x.sheet === 'Bao cao loi')!;
    const unit = (row: number) => s.units.find((u) => u.row === row)!.metrics;
    // 9.737 received ≠ 9.643 + 101: a warning; on-time and online rates stand, as in the letters.
    expect(unit(12).onTimeRate).toEqual({ value: 9636 / 9643, numerator: 9636, denominator: 9643 });
    expect(unit(12).onlineRate).toEqual({ value: 4000 / 9700, numerator: 4000, denominator: 9700 });
    // "N/A" online: the online rate is unknown, the on-time rate stands.
    expect(unit(13).onlineRate).toEqual({ value: null });
    expect(unit(13).onTimeRate?.value).toBe(1);
    // A negative late count is unknown (never read as zero); on time = (early + on time) / resolved
    // does not use it, so it stands. Resolved ≠ parts and #DIV/0! in "early" null the on-time rate.
    expect(unit(14).lateCount).toEqual({ value: null });
    expect(unit(14).onTimeRate).toEqual({ value: 1, numerator: 151, denominator: 151 });
    expect(unit(15).onTimeRate).toEqual({ value: null });
    expect(unit(16).onTimeRate).toEqual({ value: null });
    expect(unit(16).onlineRate?.value).toBeCloseTo(10 / 21, 10);
    const errors = s.findings
      .filter((f) => f.severity === 'error')
      .map((f) => [f.code, f.row, f.column, f.message]);
    expect(errors).toEqual([
      ['not-a-number', 13, 'D', 'Ô D13 (Trực tuyến) chứa "N/A", không phải số.'],
      ['negative-value', 14, 'J', 'Ô J14 (Trả quá hạn) có số âm (-3).'],
      ['error-value', 16, 'H', 'Ô H16 (Trả trước hạn) bị lỗi công thức #DIV/0!.'],
      [
        'total-mismatch',
        19,
        'C',
        'Dòng "Tổng cộng", cột Số hồ sơ nhận giải quyết: 11.256 khác tổng các đơn vị (10.256).',
      ],
      [
        'parts-mismatch',
        15,
        'G',
        'Số hồ sơ đã giải quyết (89) khác Trả trước hạn + Trả đúng thời hạn + Trả quá hạn (94)',
      ],
      // The total row is checked within itself too: it is the row a letter quotes.
      [
        'parts-mismatch',
        19,
        'G',
        'Số hồ sơ đã giải quyết (10.128) khác Trả trước hạn + Trả đúng thời hạn + Trả quá hạn (10.130)',
      ],
    ]);
    expect(s.findings).toContainEqual(
      expect.objectContaining({
        code: 'parts-mismatch',
        row: 12,
        column: 'C',
        severity: 'warning',
        message:
          'Số hồ sơ nhận giải quyết (9.737) khác Số hồ sơ đã giải quyết + Số hồ sơ đang giải quyết (9.744)',
      }),
    );
    expect(s.findings).toContainEqual(
      expect.objectContaining({
        code: 'duplicate-unit',
        row: 18,
        message: 'Đơn vị "UBND xã An Vinh" trùng với "Xã An Vinh" ở dòng 15.',
      }),
    );
  });

  it('reports the empty sheet and the free-text sheet without failing', async () => {
    const r = await reportOf('loi-so-lieu-2024-06');
    expect(r.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ['Bao cao loi', 'dossier-stats'],
      ['Trống', 'empty'],
      ['Công văn', 'unknown'],
    ]);
    expect(r.sheets[1].findings.map((f) => f.code)).toEqual(['empty-sheet']);
    expect(r.sheets[2].findings).toEqual([]);
  });
});
