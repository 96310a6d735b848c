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
import {
  cellsAt,
  group,
  num,
  stt,
  totalOf,
  unitName,
  unitRows,
  type BodyRow,
  type SheetSpec,
} from '../build';
import { foldEarly, inProgress, pct, random, received, resolved } from '../counts';
import { defineLayout } from '../expected';
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
        cells: cellsAt({
          0: 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nVĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI',
          8: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
        }),
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
      group(
        'Số hồ sơ tiếp nhận',
        num('Kỳ trước chuyển sang', 'carried'),
        group('Tiếp nhận\ntrong kỳ', num('Trực tiếp', 'direct'), num('Trực tuyến', 'online')),
        num('Cộng', received),
      ),
      group(
        'Đã giải quyết',
        num('Tổng số', resolved),
        num('Trước và trong hạn', 'onTime'),
        num('Trễ hạn', 'late'),
        num('Tỷ lệ trễ hạn (%)', (c) => pct(c.late, resolved(c))),
      ),
      group(
        'Đang giải quyết',
        num('Tổng số', inProgress),
        num('Trong hạn', 'notDue'),
        num('Trễ hạn', 'overdue'),
        num('Tỷ lệ quá hạn (%)', (c) => pct(c.overdue, inProgress(c))),
      ),
      group('Số GCN đã cấp', num('Cấp mới', 'certificates'), num('Chỉnh lý T3,4 GCN', 'corrections')),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'binh-phuoc-dat-dai',
    source: 'dangcam/codeigniter4 public/js/export2excel.js (export_excel), app/Models/ReportGroupModel.php',
    exercises:
      'total "Cộng" after its parts, group rows I/II with figures (subtotals), certificate counts, month label only',
    expect: {
      description:
        'Land registration office report: group rows I/II are subtotals of their branches; no grand total.',
      period: { from: '2024-09-15', to: '2024-10-14' },
      scope: null,
      metrics: METRICS,
      mustNotFind: ['parts-mismatch', 'total-mismatch', 'rate-mismatch'],
    },
  });
}
