/**
 * Thanh Hóa one-stop system, "Chỉ tiêu số hóa" (QĐ 766 digitization of dossiers and results).
 * Source: HuanVu201/DichVuCong_KhoaLuan_PASETO
 * quantri_client/src/features/thongKe/thongKeQD766/components/ChiTieuSoHoa.tsx (header only).
 * Exercises: "Tiếp nhận" and "Đã giải quyết" as lone columns between the groups, digitized and not
 * digitized side by side, printed rates inside the groups, and an "Đánh giá" group whose cells are
 * words ("Đạt" / "Chưa đạt"), not figures. A 2026 province with sở, phường and xã.
 */
import {
  cellsAt,
  group,
  line,
  named,
  num,
  stt,
  totalOf,
  unitName,
  unitRows,
  type BodyRow,
  type SheetSpec,
} from '../build';
import { pct, random, received, resolved, type Counts } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['digitizedDossierRate', 'digitizedResultRate'];
const UNITS = [
  ...named('department', 'Sở Xây dựng', 'Sở Y tế', 'Sở Giáo dục và Đào tạo'),
  ...named('commune', 'Phường Hạc Thành', 'Phường Bỉm Sơn', 'Xã Hoằng Hóa', 'Xã Quảng Xương'),
];
const verdict = (n: number, d: number) => (d && n / d >= 0.8 ? 'Đạt' : 'Chưa đạt');
const word = (title: string, f: (c: Counts) => string) => ({ title, cell: (c: Counts) => f(c) });

export function layout(): RealLayout {
  const rnd = random(1205);
  const units = unitRows(rnd, UNITS, { size: 250, online: 0.6 });
  const body: BodyRow[] = [...units, totalOf(units, 'Tổng cộng')];
  const spec: SheetSpec = {
    sheet: 'ChiTieuSoHoa',
    title: [
      {
        cells: cellsAt({ 0: 'UBND TỈNH THANH HÓA', 7: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }),
        merge: [
          [0, 6],
          [7, 13],
        ],
      },
      line('THEO DÕI MỨC ĐỘ SỐ HÓA CÁC ĐƠN VỊ - THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTg NGÀY 23/06/2022'),
      line('(Từ ngày 01/10/2026 đến ngày 31/10/2026)'),
    ],
    columns: [
      stt(),
      unitName('Đơn vị'),
      num('Tiếp nhận', received),
      group(
        'Số hóa hồ sơ TTHC khi tiếp nhận',
        num('Chưa số hóa TPHS', (c) => received(c) - c.digitized),
        num('Có số hóa TPHS', 'digitized'),
        num('Có tái sử dụng thành phần', 'reused'),
        num('Tỷ lệ số hóa TPHS', (c) => pct(c.digitized, received(c))),
      ),
      num('Đã giải quyết', resolved),
      group(
        'Số hóa kết quả giải quyết',
        num('Chưa số hóa', (c) => resolved(c) - c.digitizedResult),
        num('Đã số hóa', 'digitizedResult'),
        num('Tỷ lệ số hóa kết quả', (c) => pct(c.digitizedResult, resolved(c))),
      ),
      group(
        'Đánh giá',
        word('Tỷ lệ số hóa TPHS', (c) => verdict(c.digitized, received(c))),
        word('Tỷ lệ số hóa kết quả', (c) => verdict(c.digitizedResult, resolved(c))),
      ),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'thanh-hoa-so-hoa',
    source:
      'HuanVu201/DichVuCong_KhoaLuan_PASETO quantri_client/src/features/thongKe/thongKeQD766/components/ChiTieuSoHoa.tsx',
    exercises: 'digitization of dossiers and results, printed rates, verdict words under "Đánh giá"',
    expect: {
      description:
        'QĐ 766 digitization report of a 2026 province; the "Đánh giá" cells are words, not faults.',
      kind: 'digitization-payment',
      period: { from: '2026-10-01', to: '2026-10-31' },
      scope: { level: 'province', name: 'Thanh Hóa' },
      metrics: METRICS,
      mustNotFind: ['not-a-number', 'parts-mismatch', 'rate-mismatch'],
      narrativeMustContain: ['toàn tỉnh'],
      narrativeMustNotContain: ['huyện'],
    },
  });
}
