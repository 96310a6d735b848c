/**
 * Thanh Hóa one-stop system, online payment on the national portal by unit, with three band rows.
 * Source: HuanVu201/DichVuCong_KhoaLuan_PASETO
 * quantri_client/src/features/thongKe/thongKeQD766/components/ThanhToanTrucTuyen.tsx (header only).
 * Exercises: the band rows "I Sở ban ngành", "II Huyện, thành phố, thị xã", "III Xã, phường, thị trấn"
 * merged over the figures (pre-2025: all three tiers in one sheet), a "Mã định danh" column, and the
 * complementary printed rate "Tỷ lệ TT trực tiếp (%)".
 */
import { group, line, num, stt, totalOf, unitName, unitRows, type BodyRow, type SheetSpec } from '../build';
import { pct, random } from '../counts';
import { defineLayout } from '../expected';
import type { Level, RealLayout } from '../layout';

const METRICS = ['onlinePaymentRate'];
const GROUPS: [string, string, [string, Level][]][] = [
  [
    'I',
    'Sở ban ngành',
    [
      ['Sở Tư pháp', 'department'],
      ['Sở Tài nguyên và Môi trường', 'department'],
    ],
  ],
  [
    'II',
    'Huyện, thành phố, thị xã',
    [
      ['UBND huyện Nga Sơn', 'district'],
      ['UBND thị xã Nghi Sơn', 'district'],
    ],
  ],
  [
    'III',
    'Xã, phường, thị trấn',
    [
      ['UBND xã Nga Điền', 'commune'],
      ['UBND phường Hải Hòa', 'commune'],
      ['UBND thị trấn Nga Sơn', 'commune'],
    ],
  ],
];

export function layout(): RealLayout {
  const rnd = random(1206);
  const body: BodyRow[] = [];
  const units: BodyRow[] = [];
  let no = 1;
  const codeOf = new Map<string, string>();
  for (const [roman, label, list] of GROUPS) {
    // Band rows in the source are one cell merged over the six columns after STT.
    body.push({ role: 'band', stt: roman, name: '', values: [roman, label] });
    const rows = unitRows(rnd, list, { size: 200, online: 0.5 }, no);
    rows.forEach((r, i) => codeOf.set(r.name, `H56.${roman}.${String(no + i).padStart(2, '0')}`));
    no += rows.length;
    body.push(...rows);
    units.push(...rows);
  }
  body.push(totalOf(units, 'Tổng cộng'));
  const spec: SheetSpec = {
    sheet: 'TTTT Cong DVC',
    title: [
      { cells: ['UBND TỈNH THANH HÓA'] },
      line('THỐNG KÊ THANH TOÁN TRỰC TUYẾN TRÊN CỔNG DỊCH VỤ CÔNG QUỐC GIA'),
      line('Từ ngày 01/03/2024 đến ngày 31/03/2024'),
    ],
    columns: [
      stt(),
      { title: 'Mã định danh', cell: (_c, r) => codeOf.get(r.name) ?? null },
      unitName('Tên đơn vị'),
      num('Tổng HS có nghĩa vụ tài chính', 'fee'),
      group(
        'Thanh toán trực tuyến trên Cổng DVC Quốc gia',
        num('Số HS đã TTTT cổng DVC QG', 'paidOnline'),
        num('Tỷ lệ TTTT cổng DVC QG (%)', (c) => pct(c.paidOnline, c.fee)),
        num('Tỷ lệ TT trực tiếp (%)', (c) => pct(c.fee - c.paidOnline, c.fee)),
      ),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'thanh-hoa-tttt-cong-dvc',
    source:
      'HuanVu201/DichVuCong_KhoaLuan_PASETO quantri_client/src/features/thongKe/thongKeQD766/components/ThanhToanTrucTuyen.tsx',
    exercises: 'payment only; three merged band rows (sở / huyện / xã) in one pre-2025 sheet; code column',
    expect: {
      description: 'Online payment by unit, pre-2025 three tiers under merged band rows I/II/III.',
      kind: 'digitization-payment',
      period: { from: '2024-03-01', to: '2024-03-31' },
      scope: { level: 'province', name: 'Thanh Hóa' },
      metrics: METRICS,
      mustNotFind: ['total-mismatch', 'rate-mismatch'],
      narrativeMustContain: ['toàn tỉnh'],
    },
    // The band label sits in column B, merged B:G as in the source.
    adjust: (built) =>
      built.grid.merges.push(
        ...built.rows
          .filter((_, i) => body[i].role === 'band')
          .map((row) => ({ top: row - 1, bottom: row - 1, left: 1, right: 6 })),
      ),
  });
}
