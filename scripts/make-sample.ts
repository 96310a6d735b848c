/**
 * Builds assets/tep-mau-cchc.xlsx, the workbook a new officer opens to try every step: two monthly
 * dossier reports (for the month-over-month comparison), a digitization/payment sheet with a
 * provincial average, leaders' signatures, and a few deliberate faults to find.
 * Run: npx tsx scripts/make-sample.ts
 */
import path from 'node:path';
import ExcelJS from 'exceljs';

const UNITS = [
  'Phòng Tư pháp',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Kinh tế và Hạ tầng',
  'UBND thị trấn An Lão',
  'UBND xã An Hưng',
  'UBND xã An Trung',
  'UBND xã An Dũng',
  'UBND xã An Vinh',
  'UBND xã An Toàn',
  'UBND xã An Tân',
];
const FONT = { name: 'Times New Roman', size: 12 };

/** Deterministic pseudo-random numbers (the sample must not change between builds). */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s >>> 8) % n; // the low bits of this generator cycle quickly
  };
}

function title(ws: ExcelJS.Worksheet, cols: string, lines: string[]) {
  ws.getCell('A1').value = 'UBND HUYỆN AN LÃO';
  ws.mergeCells('A1:D1');
  lines.forEach((t, i) => {
    const r = 3 + i;
    ws.getCell(`A${r}`).value = t;
    ws.mergeCells(`A${r}:${cols}${r}`);
    ws.getCell(`A${r}`).alignment = { horizontal: 'center' };
    ws.getCell(`A${r}`).font = { ...FONT, bold: i === 0 };
  });
}

function header(ws: ExcelJS.Worksheet, rows: (string | null)[][], merges: string[], top: number) {
  rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getCell(top + i, c + 1).value = v)));
  merges.forEach((m) => ws.mergeCells(m));
  for (let i = 0; i < rows.length; i++)
    ws.getRow(top + i).eachCell((c) => {
      c.font = { ...FONT, bold: true };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
}

function dossierSheet(wb: ExcelJS.Workbook, name: string, period: string, seed: number, faults: boolean) {
  const ws = wb.addWorksheet(name);
  title(ws, 'M', ['BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', `Kỳ báo cáo: ${period}`]);
  header(
    ws,
    [
      [
        'STT',
        'Đơn vị',
        'Số hồ sơ nhận giải quyết',
        null,
        null,
        null,
        'Số hồ sơ đã giải quyết',
        null,
        null,
        null,
        'Số hồ sơ đang giải quyết',
        null,
        null,
      ],
      [
        null,
        null,
        'Tổng số',
        'Số mới tiếp nhận trong kỳ',
        null,
        'Số từ kỳ trước chuyển qua',
        'Tổng số',
        'Trả trước hạn',
        'Trả đúng thời hạn',
        'Trả quá hạn',
        'Tổng số',
        'Chưa đến hạn',
        'Quá hạn',
      ],
      [
        null,
        null,
        null,
        'Trực tuyến',
        'Trực tiếp, qua dịch vụ bưu chính công ích',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ],
    [
      'A7:A9',
      'B7:B9',
      'C7:F7',
      'G7:J7',
      'K7:M7',
      'C8:C9',
      'D8:E8',
      'F8:F9',
      'G8:G9',
      'H8:H9',
      'I8:I9',
      'J8:J9',
      'K8:K9',
      'L8:L9',
      'M8:M9',
    ],
    7,
  );
  const r = rng(seed);
  const totals = new Array(11).fill(0);
  UNITS.forEach((u, i) => {
    const online = 10 + r(120);
    const direct = 5 + r(90);
    const carried = r(8);
    const early = Math.floor((online + direct) * 0.5);
    const late = r(4) === 0 ? 1 + r(4) : 0;
    const prog = r(10);
    const overdue = prog > 0 && r(6) === 0 ? 1 : 0;
    const received = online + direct + carried;
    const resolved = received - prog;
    const onTime = resolved - early - late;
    const row = [
      received,
      online,
      direct,
      carried,
      resolved,
      early,
      onTime,
      late,
      prog,
      prog - overdue,
      overdue,
    ];
    row.forEach((v, k) => (totals[k] += v));
    ws.addRow([i + 1, u, ...row]);
  });
  ws.addRow(['', 'Tổng cộng', ...totals]);
  if (faults) {
    ws.getCell('D13').value = 'N/A'; // text in a figure: reported at D13
    ws.getCell('G15').value = (ws.getCell('G15').value as number) + 5; // resolved ≠ early + on time + late
  }
  ws.columns = [6, 34, 10, 10, 14, 10, 10, 10, 10, 10, 10, 10, 10].map((width) => ({ width }));
}

function digitizationSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Số hóa - TTTT');
  title(ws, 'K', ['KẾT QUẢ SỐ HÓA VÀ THANH TOÁN TRỰC TUYẾN', 'Từ ngày 15/9/2024 đến ngày 14/10/2024']);
  header(
    ws,
    [
      [
        'TT',
        'Tên đơn vị',
        'Số hóa hồ sơ TTHC',
        null,
        null,
        'Số hóa kết quả giải quyết TTHC',
        null,
        null,
        'Thanh toán trực tuyến phí, lệ phí',
        null,
        null,
      ],
      [
        null,
        null,
        'Tổng số hồ sơ tiếp nhận',
        'Số hồ sơ được số hóa',
        'Tỷ lệ (%)',
        'Số hồ sơ đã có kết quả',
        'Số kết quả được số hóa',
        'Tỷ lệ (%)',
        'Số hồ sơ có phí, lệ phí',
        'Số hồ sơ thanh toán trực tuyến',
        'Tỷ lệ (%)',
      ],
    ],
    ['A6:A7', 'B6:B7', 'C6:E6', 'F6:H6', 'I6:K6'],
    6,
  );
  const r = rng(7);
  UNITS.slice(3).forEach((u, i) => {
    const rec = 80 + r(400);
    const dig = rec - r(40);
    const res = rec - r(20);
    const digRes = res - r(5);
    const fee = 10 + r(60);
    const paid = r(fee);
    const row = ws.addRow([
      i + 1,
      u.replace('UBND ', ''),
      rec,
      dig,
      null,
      res,
      digRes,
      null,
      fee,
      paid,
      null,
    ]);
    for (const [col, num, den] of [
      [5, 'D', 'C'],
      [8, 'G', 'F'],
      [11, 'J', 'I'],
    ] as const) {
      const c = row.getCell(col);
      c.value = {
        formula: `IFERROR(${num}${row.number}/${den}${row.number},0)`,
        result: (row.getCell(num).value as number) / (row.getCell(den).value as number),
      };
      c.numFmt = '0.00%';
    }
  });
  const avg = ws.addRow([
    '',
    'Trung bình toàn tỉnh',
    null,
    null,
    0.976,
    null,
    null,
    0.9771,
    null,
    null,
    0.3512,
  ]);
  for (const col of [5, 8, 11]) avg.getCell(col).numFmt = '0.00%';
  ws.columns = [5, 26, 12, 12, 10, 12, 12, 10, 12, 14, 10].map((width) => ({ width }));
}

function signatureSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Ký số');
  title(ws, 'G', ['THỐNG KÊ SỐ LIỆU KÝ SỐ CỦA LÃNH ĐẠO', '(Từ ngày 01/7/2024 đến ngày 30/9/2024)']);
  header(
    ws,
    [
      [
        'STT',
        'Cơ quan, đơn vị',
        'Họ và tên',
        'Chức vụ',
        'Tổng số văn bản đi',
        'Số văn bản ký số cá nhân',
        'Tỷ lệ ký số (%)',
      ],
    ],
    [],
    6,
  );
  const people = [
    ['Nguyễn Văn Hùng', 'Chủ tịch'],
    ['Trần Thị Lan', 'Phó Chủ tịch'],
  ];
  const r = rng(11);
  UNITS.slice(3).forEach((u, i) => {
    const top = ws.rowCount + 1;
    for (const [name, role] of people) {
      const issued = 60 + r(300);
      const signed = issued - r(issued);
      const row = ws.addRow([i + 1, u, name, role, issued, signed, null]);
      row.getCell(7).value = {
        formula: `IF(E${row.number}=0,"",F${row.number}/E${row.number}*100)`,
        result: (signed / issued) * 100,
      };
      row.getCell(7).numFmt = '0.00';
    }
    ws.mergeCells(`A${top}:A${top + 1}`);
    ws.mergeCells(`B${top}:B${top + 1}`);
  });
  ws.columns = [5, 28, 22, 14, 12, 14, 12].map((width) => ({ width }));
}

async function main() {
  const wb = new ExcelJS.Workbook();
  dossierSheet(wb, 'Tháng 10-2024', 'từ ngày 15/9/2024 đến ngày 14/10/2024', 3, true);
  dossierSheet(wb, 'Tháng 9-2024', 'từ ngày 15/8/2024 đến ngày 14/9/2024', 5, false);
  digitizationSheet(wb);
  signatureSheet(wb);
  const file = path.join(__dirname, '..', 'assets', 'tep-mau-cchc.xlsx');
  await wb.xlsx.writeFile(file);
  process.stdout.write(`${file}\n`);
}

void main();
