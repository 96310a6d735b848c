/**
 * Bình Phước land registration office (CodeIgniter + ExcelJS), "BIỂU TỔNG HỢP CÔNG TÁC TIẾP NHẬN VÀ
 * GIẢI QUYẾT HỒ SƠ ĐẤT ĐAI". Source: dangcam/codeigniter4 public/js/export2excel.js (export_excel:
 * merges A4:A6 … P5:P6) and app/Models/ReportGroupModel.php (row grouping), header only.
 * Exercises: the receipt total "Cộng" AFTER its parts, "Tiếp nhận\ntrong kỳ" with a line break,
 * "Trước và trong hạn" as one on-time column, "Trễ hạn" under both groups, printed rates, certificate
 * counts ("Số GCN đã cấp") that are not dossiers, group rows "I" / "II" (by competence) that carry
 * their own figures and are subtotals (checked, not units), children numbered 1, 2, … under each, a
 * month label as the only period. The source prints "Tỷ lệ trễ hạn" as late ÷ on time; the corpus
 * prints late ÷ resolved so the sheet stays clean. The branches of the two groups are disjoint here
 * (the source repeats them), so that names stay unique for the shared checker.
 */
import { buildSheet, num, stt, totalOf, unitName, unitRows, type BodyRow, type SheetSpec } from '../build';
import { foldEarly, inProgress, pct, random, received, resolved, thresholdsFor } from '../counts';
import { expectedOf } from '../expected';
import type { Level, RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onlineRate', 'lateCount', 'overdueInProgressCount'];
const branches = (names: string[]): [string, Level][] => names.map((n) => [`Chi nhánh ${n}`, 'department']);

export function layout(): RealLayout {
  const rnd = random(1210);
  const g1 = unitRows(
    rnd,
    branches(['Đồng Xoài', 'Bình Long', 'Phước Long']),
    { size: 220, online: 0.25, late: 0.05 },
    1,
    foldEarly,
  );
  const g2 = unitRows(
    rnd,
    branches(['Bù Đăng', 'Chơn Thành', 'Lộc Ninh', 'Hớn Quảng']),
    { size: 400, online: 0.3 },
    1,
    foldEarly,
  );
  const body: BodyRow[] = [
    totalOf(g1, 'Thuộc thẩm quyền của UBND cấp huyện', 'subtotal', 'I'),
    ...g1,
    totalOf(g2, 'Thuộc thẩm quyền của Chi nhánh', 'subtotal', 'II'),
    ...g2,
  ];
  const spec: SheetSpec = {
    sheet: 'Export',
    title: [
      {
        cells: [
          'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nVĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
        ],
        merge: [
          [0, 7],
          [8, 15],
        ],
      },
      { cells: ['BIỂU TỔNG HỢP CÔNG TÁC TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ ĐẤT ĐAI'], merge: 'full' },
      { cells: ['Tháng 10 năm 2024'], merge: 'full' },
    ],
    columns: [
      stt(),
      unitName('Tên'),
      {
        title: 'Số hồ sơ tiếp nhận',
        children: [
          num('Kỳ trước chuyển sang', (c) => c.carried),
          {
            title: 'Tiếp nhận\ntrong kỳ',
            children: [num('Trực tiếp', (c) => c.direct), num('Trực tuyến', (c) => c.online)],
          },
          num('Cộng', received),
        ],
      },
      {
        title: 'Đã giải quyết',
        children: [
          num('Tổng số', resolved),
          num('Trước và trong hạn', (c) => c.onTime),
          num('Trễ hạn', (c) => c.late),
          num('Tỷ lệ trễ hạn (%)', (c) => pct(c.late, resolved(c))),
        ],
      },
      {
        title: 'Đang giải quyết',
        children: [
          num('Tổng số', inProgress),
          num('Trong hạn', (c) => c.notDue),
          num('Trễ hạn', (c) => c.overdue),
          num('Tỷ lệ quá hạn (%)', (c) => pct(c.overdue, inProgress(c))),
        ],
      },
      {
        title: 'Số GCN đã cấp',
        children: [num('Cấp mới', (c) => c.certificates), num('Chỉnh lý T3,4 GCN', (c) => c.corrections)],
      },
    ],
    body,
  };
  const built = buildSheet(spec);
  return {
    name: 'binh-phuoc-dat-dai',
    source: 'dangcam/codeigniter4 public/js/export2excel.js (export_excel), app/Models/ReportGroupModel.php',
    exercises:
      'total "Cộng" after its parts, group rows I/II with figures (subtotals), certificate counts, month label only',
    grid: built.grid,
    expected: expectedOf(built, body, {
      description:
        'Land registration office report: group rows I/II are subtotals of their branches; no grand total.',
      sheet: spec.sheet,
      period: { from: '2024-09-15', to: '2024-10-14' },
      scope: null,
      metrics: METRICS,
      thresholds: thresholdsFor(METRICS),
      mustNotFind: ['parts-mismatch', 'total-mismatch', 'rate-mismatch'],
    }),
  };
}
