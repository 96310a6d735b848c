/**
 * Own design (2026): a province's digitization, online payment and portal sync report, one row per
 * department and per commune-level unit of the merged province.
 * Exercises: kind digitization-payment with four metrics at once (số hóa hồ sơ, số hóa kết quả,
 * thanh toán trực tuyến, đồng bộ lên Cổng DVC quốc gia), rates printed as "98.50%" (dot decimal),
 * a blank marker " - " where a unit has no fee-bearing dossier (its payment rate is null and never
 * below), an amount column "Số tiền đã thu (VNĐ)", abbreviated names "P. Bình Đức", "X. Mỹ Hòa Hưng",
 * "ĐK. Phú Quốc", band rows, a "Tổng cộng" total and a "Trung bình toàn tỉnh" benchmark row.
 */
import {
  band,
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
import { random, received, resolved, type Counts } from '../counts';
import { defineLayout } from '../expected';
import type { RealLayout } from '../layout';

const METRICS = ['digitizedDossierRate', 'digitizedResultRate', 'onlinePaymentRate', 'portalSyncRate'];
const DEPARTMENTS = named('department', 'Sở Tư pháp', 'Sở Công Thương', 'Sở Y tế', 'Công an tỉnh');
const COMMUNES = named(
  'commune',
  'P. Bình Đức',
  'P. Long Xuyên',
  'X. Mỹ Hòa Hưng',
  'X. Vĩnh Hậu',
  'ĐK. Phú Quốc',
  'X. Hòn Nghệ',
);
const dot = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(2)}%` : ' - ');
const rate = (title: string, f: (c: Counts) => [number, number]) => ({
  title,
  cell: (c: Counts) => dot(...f(c)),
});

export function layout(): RealLayout {
  const rnd = random(1215);
  const dep = unitRows(rnd, DEPARTMENTS, { size: 900, online: 0.6 });
  // A small island commune without fee-bearing dossiers this month.
  const com = unitRows(rnd, COMMUNES, { size: 300, online: 0.5 }, dep.length + 1, (c) => c);
  const island = com[com.length - 1];
  island.counts = { ...island.counts!, fee: 0, paidOnline: 0, feeAmount: 0 };
  const units = [...dep, ...com];
  const rates = units.map((u) => (u.counts!.digitized / received(u.counts!)) * 100);
  const mean = Math.round((rates.reduce((a, b) => a + b, 0) / rates.length) * 100) / 100;
  const body: BodyRow[] = [
    band('I', 'Sở, ban, ngành'),
    ...dep,
    band('II', 'UBND xã, phường, đặc khu'),
    ...com,
    totalOf(units, 'Tổng cộng'),
    {
      role: 'benchmark',
      stt: null,
      name: 'Trung bình toàn tỉnh',
      values: [null, 'Trung bình toàn tỉnh', null, null, `${mean.toFixed(2)}%`],
    },
  ];
  const spec: SheetSpec = {
    sheet: 'So hoa - TTTT',
    title: [
      { cells: ['UBND TỈNH AN GIANG'] },
      line('KẾT QUẢ SỐ HÓA HỒ SƠ, THANH TOÁN TRỰC TUYẾN VÀ ĐỒNG BỘ HỒ SƠ LÊN CỔNG DỊCH VỤ CÔNG QUỐC GIA'),
      line('Tháng 10/2026 (từ ngày 01/10/2026 đến ngày 31/10/2026)'),
    ],
    columns: [
      stt(),
      unitName('Cơ quan, đơn vị'),
      num('Tổng số hồ sơ tiếp nhận', received),
      group(
        'Số hóa hồ sơ',
        num('Số hồ sơ được số hóa', 'digitized'),
        rate('Tỷ lệ (%)', (c) => [c.digitized, received(c)]),
      ),
      group(
        'Số hóa kết quả giải quyết',
        num('Số hồ sơ đã có kết quả', resolved),
        num('Số kết quả được số hóa', 'digitizedResult'),
        rate('Tỷ lệ (%)', (c) => [c.digitizedResult, resolved(c)]),
      ),
      group(
        'Thanh toán trực tuyến',
        num('Số hồ sơ có phí, lệ phí', 'fee'),
        num('Số hồ sơ thanh toán trực tuyến', 'paidOnline'),
        rate('Tỷ lệ (%)', (c) => [c.paidOnline, c.fee]),
        num('Số tiền đã thu (VNĐ)', 'feeAmount'),
      ),
      group(
        'Đồng bộ lên Cổng DVC quốc gia',
        num('Số hồ sơ đã đồng bộ', 'synced'),
        rate('Tỷ lệ (%)', (c) => [c.synced, received(c)]),
      ),
    ],
    body,
  };
  return defineLayout({
    spec,
    name: 'tinh-an-giang-2026-so-hoa-tttt',
    source: 'own design (2026 province digitization / payment / sync report)',
    exercises:
      'four digitization-payment metrics, "98.50%" rates, " - " blank marker, money column, abbreviated P./X./ĐK. names, benchmark row',
    expect: {
      description:
        'A 2026 province digitization and payment report; the island commune has no fee-bearing dossier (payment rate null, " - " printed).',
      kind: 'digitization-payment',
      period: { from: '2026-10-01', to: '2026-10-31' },
      scope: { level: 'province', name: 'An Giang' },
      metrics: METRICS,
      benchmark: { digitizedDossierRate: mean / 100 },
      mustNotFind: ['total-mismatch', 'rate-mismatch', 'not-a-number', 'parts-mismatch'],
      narrativeMustContain: ['toàn tỉnh'],
      narrativeMustNotContain: ['huyện'],
    },
  });
}
