/**
 * Thanh Hóa one-stop system, "THỐNG KÊ THANH TOÁN TRỰC TUYẾN CÁC ĐƠN VỊ" with fee amounts.
 * Source: HuanVu201/DichVuCong_KhoaLuan_PASETO
 * quantri_client/src/features/thongKe/thongKeQD766/components/ThongKeThanhToanTrucTuyen.tsx (header only).
 * Exercises money next to counts: "Số hồ sơ thu phí" and "Thanh toán > Trực tiếp / Trực tuyến" are
 * dossier counts, "Phí (VNĐ)", "Lệ phí (VNĐ)", "Tổng số tiền" are amounts in đồng and must never be
 * read as dossiers; the printed rate is a string "12.50%" with a dot.
 */
import {
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
import { random } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['onlinePaymentRate'];
const UNITS = [
  ...named('department', 'Sở Tư pháp', 'Sở Giao thông vận tải', 'Sở Công Thương'),
  ...named('commune', 'Phường Hạc Thành', 'Xã Nga Sơn', 'Xã Hậu Lộc'),
];

export function layout(): RealLayout {
  const rnd = random(1207);
  const units = unitRows(rnd, UNITS, { size: 180, online: 0.5 });
  const body: BodyRow[] = [...units, totalOf(units, 'Tổng cộng')];
  const spec: SheetSpec = {
    sheet: 'ThongKeTTTT',
    title: [
      { cells: ['UBND TỈNH THANH HÓA'] },
      line('THỐNG KÊ THANH TOÁN TRỰC TUYẾN CÁC ĐƠN VỊ'),
      line('Từ ngày 01/08/2026 đến ngày 31/08/2026'),
    ],
    columns: [
      stt(),
      unitName('Tên đơn vị'),
      num('Số hồ sơ thu phí', 'fee'),
      group(
        'Thanh toán',
        num('Trực tiếp', (c) => c.fee - c.paidOnline),
        num('Trực tuyến', 'paidOnline'),
      ),
      {
        title: 'Tỷ lệ thanh toán trực tuyến',
        cell: (c) => (c.fee ? `${((c.paidOnline / c.fee) * 100).toFixed(2)}%` : '0%'),
      },
      num('Phí (VNĐ)', 'charge'),
      num('Lệ phí (VNĐ)', (c) => c.feeAmount - c.charge),
      num('Tổng số tiền', 'feeAmount'),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'thanh-hoa-tttt-phi',
    source:
      'HuanVu201/DichVuCong_KhoaLuan_PASETO quantri_client/src/features/thongKe/thongKeQD766/components/ThongKeThanhToanTrucTuyen.tsx',
    exercises: 'counts vs money (Phí, Lệ phí, Tổng số tiền in VNĐ), rate printed as "12.50%"',
    expect: {
      description:
        'Online payment with fee amounts: amounts are money, not dossiers; rates printed with a dot.',
      kind: 'digitization-payment',
      period: { from: '2026-08-01', to: '2026-08-31' },
      scope: { level: 'province', name: 'Thanh Hóa' },
      metrics: METRICS,
      mustNotFind: ['ratio-over-100', 'rate-mismatch', 'parts-mismatch'],
      narrativeMustContain: ['toàn tỉnh'],
      narrativeMustNotContain: ['huyện'],
    },
  });
}
