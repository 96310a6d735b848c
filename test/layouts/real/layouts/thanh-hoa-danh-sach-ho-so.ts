/**
 * Thanh Hóa public service centre, list of the period's dossiers ("DanhSachHoSoTrongKy" print form).
 * Source: HuanVu201/DichVuCong_KhoaLuan_PASETO
 * smartkios_client/src/pages/dvc/MauPhieu/documents/pdf/DanhSachHoSoTrongKy/DanhSachHoSoTrongKy.tsx
 * (columns, the merged "Ngày, tháng, năm" group, numbering row 1…9); dates written as the export
 * service does ("dd/MM/yyyy HH:mm:ss", DichVuCongApi/…/ExportSoTheoDoiHoSoService.cs).
 * Exercises: kind dossier-list, units from "Cơ quan chủ trì giải quyết", "Hẹn trả kết quả" as a due
 * date (never a count), text dates with a time, dossiers without a result yet (in progress).
 */
import { buildSheet, cellsAt, line, type BodyRow, type SheetSpec } from '../build';
import { random, thresholdsFor } from '../counts';
import type { ExpectedUnit, Level, RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'lateCount'];
const OFFICES: [string, Level, number][] = [
  ['Sở Tư pháp', 'department', 9],
  ['Sở Xây dựng', 'department', 7],
  ['Phường Hạc Thành', 'commune', 11],
  ['Xã Đông Tiến', 'commune', 6],
];
const CONTENT = [
  'Cấp phiếu lý lịch tư pháp',
  'Cấp giấy phép xây dựng',
  'Đăng ký khai sinh',
  'Chứng thực bản sao',
];
const PEOPLE = ['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];

const day = (d: number) => new Date(Date.UTC(2026, 9, d));
const text = (d: Date, hour: number) =>
  `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()} ${String(hour).padStart(2, '0')}:15:00`;
const plus = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);

export function layout(): RealLayout {
  const rnd = random(1218);
  const int = (n: number) => Math.floor(rnd() * (n + 1));
  const dossiers: { office: string; cells: (string | number | null)[]; resolved: boolean; late: boolean }[] =
    [];
  let seq = 1;
  for (const [office, , n] of OFFICES)
    for (let i = 0; i < n; i++) {
      const received = day(1 + int(27));
      const due = plus(received, 3 + int(10));
      const state = rnd();
      // About one in six still in progress, one in eight returned after the due date.
      const result =
        state < 0.17
          ? null
          : state < 0.29
            ? plus(due, 1 + int(3))
            : plus(received, int((due.getTime() - received.getTime()) / 86400000));
      dossiers.push({
        office,
        resolved: result !== null,
        late: result !== null && result.getTime() > due.getTime(),
        cells: [
          `H56.22-2610${String(1 + int(27)).padStart(2, '0')}-${String(seq++).padStart(4, '0')}`,
          CONTENT[int(CONTENT.length - 1)],
          PEOPLE[int(PEOPLE.length - 1)],
          'Thanh Hóa',
          office,
          text(received, 8 + int(8)),
          text(due, 17),
          result ? text(result, 9 + int(7)) : null,
        ],
      });
    }
  // The print form lists dossiers by receipt, offices mixed.
  dossiers.sort((a, b) => (a.cells[5]! < b.cells[5]! ? -1 : 1));
  const body: BodyRow[] = dossiers.map((d, i) => ({
    role: 'unit',
    stt: i + 1,
    name: d.office,
    values: [i + 1, ...d.cells],
  }));
  const spec: SheetSpec = {
    sheet: 'DanhSachHoSo',
    title: [
      {
        cells: cellsAt({
          0: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nTỈNH THANH HÓA',
          5: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
        }),
        merge: [
          [0, 3],
          [5, 8],
        ],
      },
      line('DANH SÁCH HỒ SƠ TIẾP NHẬN TRONG KỲ'),
      line('(Từ ngày 01/10/2026 đến ngày 31/10/2026)'),
    ],
    columns: [
      { title: 'TT', cell: () => null },
      { title: 'Mã hồ sơ', cell: () => null },
      { title: 'Nội dung hồ sơ', cell: () => null },
      { title: 'Tên tổ chức, cá nhân', cell: () => null },
      { title: 'Địa chỉ chủ hồ sơ', cell: () => null },
      { title: 'Cơ quan chủ trì giải quyết', cell: () => null },
      {
        title: 'Ngày, tháng, năm',
        children: ['Nhận hồ sơ', 'Hẹn trả kết quả', 'Ngày có kết quả'].map((title) => ({
          title,
          cell: () => null,
        })),
      },
    ],
    numbering: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
    body,
    footer: [
      { cells: [] },
      { cells: cellsAt({ 6: 'Thanh Hóa, ngày 02 tháng 11 năm 2026' }) },
      { cells: cellsAt({ 6: 'Cán bộ báo cáo' }) },
    ],
  };
  const built = buildSheet(spec);
  const firstRow = (office: string) => built.rows[dossiers.findIndex((d) => d.office === office)];
  const units: ExpectedUnit[] = OFFICES.map(([office, level]) => {
    const mine = dossiers.filter((d) => d.office === office && d.resolved);
    const late = mine.filter((d) => d.late).length;
    return {
      name: office,
      row: firstRow(office),
      level,
      metrics: {
        onTimeRate: {
          value: (mine.length - late) / mine.length,
          numerator: mine.length - late,
          denominator: mine.length,
        },
        lateCount: { value: late },
      },
    };
  }).sort((a, b) => a.row - b.row);
  const all = dossiers.filter((d) => d.resolved);
  const allLate = all.filter((d) => d.late).length;
  const thresholds = thresholdsFor(METRICS);
  return {
    name: 'thanh-hoa-danh-sach-ho-so',
    source:
      'HuanVu201/DichVuCong_KhoaLuan_PASETO smartkios_client/src/pages/dvc/MauPhieu/documents/pdf/DanhSachHoSoTrongKy/DanhSachHoSoTrongKy.tsx',
    exercises:
      'dossier list: units from "Cơ quan chủ trì giải quyết", due date "Hẹn trả kết quả", text dates with time, no result yet',
    grid: built.grid,
    expected: {
      description:
        "A list of the period's dossiers; per office: resolved = rows with a result date, on time when result <= due.",
      sheet: spec.sheet,
      kind: 'dossier-list',
      period: { from: '2026-10-01', to: '2026-10-31' },
      headerRows: built.headerRows,
      scope: { level: 'province', name: 'Thanh Hóa' },
      thresholds,
      units,
      total: {
        onTimeRate: {
          value: (all.length - allLate) / all.length,
          numerator: all.length - allLate,
          denominator: all.length,
        },
        lateCount: { value: allLate },
      },
      below: {
        onTimeRate: units
          .filter((u) => u.metrics.onTimeRate.value! < thresholds.onTimeRate)
          .map((u) => u.name),
        lateCount: units.filter((u) => u.metrics.lateCount.value! > thresholds.lateCount).map((u) => u.name),
      },
      findings: [],
    },
  };
}
