/**
 * Thanh Hóa one-stop system, "Báo cáo tổng hợp 07a" (TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN,
 * ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC), rows by field. Source: HuanVu201/DichVuCong_KhoaLuan_PASETO
 * quantri_client/src/features/thongKe/ThongKeTheoDonVi/components/BaoCaoTongHop07a.tsx (header only).
 * Here as a ward's own report after the 2025 reform: the title cell is merged over all 12 columns,
 * receipts split only into "Số kỳ trước chuyển qua" / "Số mới tiếp nhận" (no channels, so no online
 * rate), "Bổ sung" and "Trả lại" stand beside the results and are parts of received.
 */
import { group, line, num, stt, totalOf, unitName, unitRows, type BodyRow, type SheetSpec } from '../build';
import { foldEarly, fresh, inProgress, random, received, resolved } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['onTimeRate', 'onTimeRate766', 'lateCount', 'overdueInProgressCount'];
const FIELDS = [
  'Hộ tịch',
  'Chứng thực',
  'Đất đai',
  'Bảo trợ xã hội',
  'Người có công',
  'Thành lập và hoạt động của hộ kinh doanh',
];

export function layout(): RealLayout {
  const rnd = random(1202);
  const units = unitRows(
    rnd,
    FIELDS.map((f) => [f, 'field']),
    { size: 90, online: 0.4, returned: true, suspended: true },
    1,
    foldEarly,
  );
  const body: BodyRow[] = [...units, totalOf(units, 'Tổng số')];
  const spec: SheetSpec = {
    sheet: 'Báo cáo 07a',
    title: [
      { cells: ['UBND PHƯỜNG HẠC THÀNH'] },
      { cells: ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'] },
      line('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC'),
      line('Từ ngày 01/11/2026 đến ngày 30/11/2026'),
    ],
    columns: [
      stt(),
      unitName('Lĩnh vực'),
      group(
        'Số hồ sơ nhận giải quyết',
        num('Tổng số', received),
        group('Trong đó', num('Số kỳ trước chuyển qua', 'carried'), num('Số mới tiếp nhận', fresh)),
      ),
      group(
        'Kết quả giải quyết',
        group(
          'Số hồ sơ đã giải quyết',
          num('Tổng số', resolved),
          num('Trả đúng thời hạn', 'onTime'),
          num('Trả quá hạn', 'late'),
        ),
        group(
          'Số hồ sơ đang giải quyết',
          num('Tổng số', inProgress),
          num('Chưa đến hạn', 'notDue'),
          num('Quá hạn', 'overdue'),
        ),
      ),
      // The system's "Bổ sung" counts dossiers stopped for supplements: neither resolved nor in progress.
      num('Bổ sung', 'suspended'),
      num('Trả lại', 'returned'),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'thanh-hoa-07a-linh-vuc',
    source:
      'HuanVu201/DichVuCong_KhoaLuan_PASETO quantri_client/src/features/thongKe/ThongKeTheoDonVi/components/BaoCaoTongHop07a.tsx',
    exercises:
      'rows are fields of a ward (2026), no receipt channels, Bổ sung and Trả lại as parts of received',
    expect: {
      description: 'A ward one-stop report by field (07a layout). Scope is the ward; units are fields.',
      period: { from: '2026-11-01', to: '2026-11-30' },
      scope: { level: 'commune', name: 'Hạc Thành' },
      metrics: METRICS,
      mustNotFind: ['parts-mismatch', 'total-mismatch'],
      narrativeMustContain: ['toàn phường', 'lĩnh vực'],
      narrativeMustNotContain: ['huyện'],
    },
  });
}
