/**
 * OpenCPS (Vue, VietOpenCPS), "Thống kê cấp quận huyện": one table that lists either the district's
 * communes ("Đơn vị cấp xã") or its fields ("Lĩnh vực"). Source: VietOpenCPS/frontend-opencps-v2.1
 * manage_dossiers/src/components/screens/ThongKeCapQuanHuyen.vue (header wording and spans only).
 * Exercises: "Số đầu kỳ" is OpenCPS's processCount (carried + received in the period), not an opening
 * balance; "Kỳ trước chuyển qua" and "Tiếp nhận trong kỳ" as lone columns; results under a
 * three-level "Kết quả giải quyết trong kỳ"; "Tổng số trễ hạn" (late + overdue, a cross total, not a
 * part); "Hồ sơ trả lại", "Hồ sơ rút" as parts; the total row's label "Tổng số" merged over STT and name.
 */
import { group, line, num, stt, totalOf, unitName, unitRows, type BodyRow, type SheetSpec } from '../build';
import { fresh, inProgress, random, received, resolved } from '../counts';
import { defineLayout } from '../expected';
import type { Level, RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onTimeRate766', 'lateCount', 'overdueInProgressCount'];

function opencps(
  name: string,
  seed: number,
  label: string,
  units: [string, Level][],
  size: number,
): RealLayout {
  const rnd = random(seed);
  const rows = unitRows(rnd, units, { size, online: 0.3, returned: true, withdrawn: true, late: 0.04 });
  const total = { ...totalOf(rows, 'Tổng số'), labelOverStt: true };
  const body: BodyRow[] = [...rows, total];
  const spec: SheetSpec = {
    sheet: 'Thống kê',
    title: [
      { cells: ['UBND HUYỆN CHƯƠNG MỸ'] },
      line('THỐNG KÊ TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ'),
      line('Từ ngày 01/05/2024 đến ngày 31/05/2024'),
    ],
    columns: [
      stt(),
      unitName(label),
      num('Số đầu kỳ', received),
      num('Kỳ trước chuyển qua', 'carried'),
      num('Tiếp nhận trong kỳ', fresh),
      group(
        'Kết quả giải quyết trong kỳ',
        group(
          'Hồ sơ đã giải quyết xong',
          num('Tổng số', resolved),
          num('Sớm hạn', 'early'),
          num('Đúng hạn', 'onTime'),
          num('Trễ hạn', 'late'),
        ),
        group(
          'Hồ sơ đang giải quyết',
          num('Tổng số', inProgress),
          num('Chưa đến hạn', 'notDue'),
          num('Quá hạn', 'overdue'),
        ),
      ),
      num('Tổng số trễ hạn', (c) => c.late + c.overdue),
      num('Hồ sơ trả lại', 'returned'),
      num('Hồ sơ rút', 'withdrawn'),
    ],
    body,
  };
  const fields = units[0][1] === 'field';
  return defineLayout({
    spec,
    name,
    source:
      'VietOpenCPS/frontend-opencps-v2.1 manage_dossiers/src/components/screens/ThongKeCapQuanHuyen.vue',
    exercises: `${fields ? 'rows are fields' : 'rows are communes'}; "Số đầu kỳ" = carried + received, "Tổng số trễ hạn" cross total, Trả lại / Rút as parts, total label merged over STT`,
    expect: {
      description: `OpenCPS district statistics by ${fields ? 'field' : 'commune'} (pre-2025).`,
      period: { from: '2024-05-01', to: '2024-05-31' },
      scope: { level: 'district', name: 'Chương Mỹ' },
      metrics: METRICS,
      mustNotFind: ['parts-mismatch', 'total-mismatch'],
      narrativeMustContain: ['toàn huyện'],
      narrativeMustNotContain: ['toàn tỉnh'],
    },
  });
}

export const communes = () =>
  opencps(
    'opencps-thong-ke-xa',
    1208,
    'Đơn vị',
    [
      ['UBND thị trấn Chúc Sơn', 'commune'],
      ['UBND thị trấn Xuân Mai', 'commune'],
      ['UBND xã Phụng Châu', 'commune'],
      ['UBND xã Tiên Phương', 'commune'],
      ['UBND xã Đông Sơn', 'commune'],
      ['UBND xã Thủy Xuân Tiên', 'commune'],
    ],
    150,
  );

export const fields = () =>
  opencps(
    'opencps-thong-ke-linh-vuc',
    1209,
    'Lĩnh vực',
    [
      ['Hộ tịch', 'field'],
      ['Chứng thực', 'field'],
      ['Đất đai', 'field'],
      ['Xây dựng', 'field'],
      ['Đăng ký kinh doanh', 'field'],
    ],
    260,
  );
