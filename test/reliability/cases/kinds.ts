/** Sheet kinds: empty sheets, legacy encodings, unreadable tables, other kinds and several at once. */
import { sampleUnits, type UnitCounts } from '../support/dossier';
import { unitFigures } from '../support/expectations';
import { workbookBytes, workbookOf } from '../support/workbook';
import { NO_ERRORS, sheetOf, standard, xlsx, type CorpusCase } from './common';
import { DIG, LIST_FIGURES, digitization, dossierList, legacy, notes, signatures } from './sheets';

const S = 'Tháng 4-2024';
const units = sampleUnits();
const names = (us: UnitCounts[]) => us.map((u) => u.name);
export const KIND_CASES: CorpusCase[] = [
  {
    file: 'empty-no-sheets.xlsx',
    build: () => xlsx(),
    expect: { description: 'A workbook without any worksheet.', exitCode: 0, sheets: {} },
  },
  {
    file: 'empty-one-sheet.xlsx',
    build: () => xlsx({ name: 'Sheet1', rows: [] }),
    expect: {
      description: 'One empty sheet.',
      exitCode: 0,
      sheets: { Sheet1: 'empty' },
      findings: [{ sheet: 'Sheet1', code: 'empty-sheet', row: null, message: 'Trang tính trống.' }],
    },
  },
  {
    file: 'blank-looking-sheets.xlsx',
    build: async () => {
      const wb = workbookOf({
        name: 'Khoảng trắng',
        rows: [
          ['   ', '\u00a0'],
          [null, ' \t '],
        ],
      });
      const ws = wb.addWorksheet('Chỉ định dạng');
      ws.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell('D4').border = { top: { style: 'thin' } };
      return workbookBytes(wb);
    },
    expect: {
      description: 'A sheet holding only spaces and one holding only formatting.',
      exitCode: 0,
      sheets: { 'Khoảng trắng': 'empty', 'Chỉ định dạng': 'empty' },
    },
  },
  {
    file: 'single-cell.xlsx',
    build: () => xlsx({ name: 'Ghi chú', rows: [['Báo cáo tháng 4 gửi kèm công văn.']] }),
    expect: {
      description: 'A sheet with one text cell: not a table, nothing to report.',
      exitCode: 0,
      sheets: { 'Ghi chú': 'unknown' },
      mustNotFind: [{ code: 'header-not-found' }, NO_ERRORS],
    },
  },
  {
    file: 'legacy-tcvn3.xlsx',
    build: () =>
      xlsx(
        legacy(
          'TCVN3',
          'B¸o c¸o t×nh h×nh gi¶i quyÕt thñ tôc hµnh chÝnh',
          [
            'STT',
            '§¬n vÞ',
            'Tæng sè',
            'Trùc tuyÕn',
            'Trùc tiÕp',
            '§· gi¶i quyÕt',
            'Tr­íc h¹n',
            '§óng h¹n',
            'Qu¸ h¹n',
          ],
          ['X· An H­ng', 'X· An Trung', 'X· An Dòng'],
        ),
      ),
    expect: {
      description: 'Title, header and names typed in the TCVN3 (ABC) font encoding ("Tæng sè").',
      exitCode: 0,
      sheets: { TCVN3: 'unknown' },
      findings: [{ sheet: 'TCVN3', code: 'legacy-encoding', row: 4, column: 'A', message: 'TCVN3/VNI' }],
    },
  },
  {
    file: 'legacy-vni.xlsx',
    build: () =>
      xlsx(
        legacy(
          'VNI',
          null,
          [
            'STT',
            'Ñôn vò',
            'Toång soá',
            'Tröïc tuyeán',
            'Tröïc tieáp',
            'Ñaõ giaûi quyeát',
            'Tröôùc haïn',
            'Ñuùng haïn',
            'Quaù haïn',
          ],
          ['Xaõ An Höng', 'Xaõ An Trung', 'Xaõ An Duõng'],
        ),
      ),
    expect: {
      description: 'Header and names typed in the VNI font encoding ("Toång soá").',
      exitCode: 0,
      sheets: { VNI: 'unknown' },
      findings: [{ sheet: 'VNI', code: 'legacy-encoding', row: 7, column: 'C', message: 'Toång soá' }],
    },
  },
  {
    file: 'header-not-found.xlsx',
    build: () =>
      xlsx({
        name: 'Số liệu',
        rows: [
          ['Cột 1', 'Cột 2', 'Cột 3', 'Cột 4', 'Cột 5'],
          ...names(units).map((n, i) => [n, 10 + i, 20 + i, 30 + i, 40 + i]),
        ],
      }),
    expect: {
      description: 'A table of figures under headers that name nothing ("Cột 1", "Cột 2", ...).',
      exitCode: 0,
      sheets: { 'Số liệu': 'unknown' },
      findings: [{ sheet: 'Số liệu', code: 'header-not-found', row: null, severity: 'warning' }],
    },
  },
  {
    file: 'missing-column.xlsx',
    build: () =>
      xlsx({
        name: S,
        rows: [
          ['STT', 'Đơn vị', 'Trực tuyến', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
          ...units.map((u, i) => [
            i + 1,
            u.name,
            u.online,
            u.early + u.onTime + u.late,
            u.early,
            u.onTime,
            u.late,
          ]),
        ],
      }),
    expect: {
      description:
        'Online counts without in-person counts: the online rate cannot be computed and the sheet says which column is missing.',
      exitCode: 0,
      sheets: { [S]: 'dossier-stats' },
      units: { [S]: names(units) },
      findings: [{ sheet: S, code: 'missing-column', row: 1, message: 'Số mới tiếp nhận trực tiếp' }],
      figures: unitFigures(S, units).filter((f) => f.metric !== 'onlineRate'),
    },
  },
  {
    file: 'dossier-list-text-dates.xlsx',
    build: () => xlsx(dossierList('Danh sách HS')),
    expect: {
      description:
        'A dossier list whose dates are typed as text in six ways, plus the impossible date 31/02/2024.',
      exitCode: 0,
      sheets: { 'Danh sách HS': 'dossier-list' },
      units: { 'Danh sách HS': ['Phòng Tư pháp', 'UBND xã An Hưng'] },
      findings: [
        { sheet: 'Danh sách HS', code: 'not-a-number', row: 10, column: 'F', message: '31/02/2024' },
      ],
      figures: LIST_FIGURES('Danh sách HS'),
    },
  },
  {
    file: 'several-kinds.xlsx',
    build: () =>
      xlsx(
        sheetOf('Hồ sơ T4', standard()),
        digitization('Số hóa - TTTT', DIG),
        signatures('Ký số'),
        dossierList('Danh sách HS'),
        { name: 'Trống', rows: [] },
        notes,
      ),
    expect: {
      description:
        'Dossier statistics, digitization and payment, signatures, a dossier list, an empty sheet and a letter.',
      exitCode: 0,
      sheets: {
        'Hồ sơ T4': 'dossier-stats',
        'Số hóa - TTTT': 'digitization-payment',
        'Ký số': 'signatures',
        'Danh sách HS': 'dossier-list',
        Trống: 'empty',
        'Công văn': 'unknown',
      },
      units: {
        'Hồ sơ T4': names(units),
        'Số hóa - TTTT': DIG.map((d) => d[0]),
        'Ký số': ['UBND xã Trực Chính', 'UBND xã Liêm Hải'],
      },
      figures: [
        ...unitFigures('Hồ sơ T4', units),
        ...DIG.flatMap(([unit, recv, dig, fee, paid]) => [
          {
            sheet: 'Số hóa - TTTT',
            unit,
            metric: 'digitizedDossierRate',
            value: dig / recv,
            numerator: dig,
            denominator: recv,
          },
          {
            sheet: 'Số hóa - TTTT',
            unit,
            metric: 'onlinePaymentRate',
            value: paid / fee,
            numerator: paid,
            denominator: fee,
          },
        ]),
        {
          sheet: 'Ký số',
          unit: 'UBND xã Trực Chính',
          metric: 'signatureRate',
          value: 47 / 401,
          numerator: 47,
          denominator: 401,
        },
        {
          sheet: 'Ký số',
          unit: 'UBND xã Liêm Hải',
          metric: 'signatureRate',
          value: 276 / 482,
          numerator: 276,
          denominator: 482,
        },
        ...LIST_FIGURES('Danh sách HS'),
      ],
      mustNotFind: [
        { sheet: 'Hồ sơ T4', severity: 'error' },
        { sheet: 'Số hóa - TTTT', severity: 'error' },
        { sheet: 'Ký số', severity: 'error' },
      ],
    },
  },
  {
    file: 'ratio-and-rate-mismatch.xlsx',
    build: () =>
      xlsx(
        digitization('Số hóa', [
          ['Xã Châu Hồng', 268, 268, 16, 1],
          ['Xã Châu Tiến', 100, 120, 15, 12],
          ['Xã Châu Thành', 400, 320, 112, 43, 0.5],
        ]),
      ),
    expect: {
      description: '120 dossiers digitized of 100 received; a printed rate of 50% where the counts give 80%.',
      exitCode: 0,
      sheets: { 'Số hóa': 'digitization-payment' },
      findings: [
        { sheet: 'Số hóa', code: 'ratio-over-100', row: 9, column: 'D', severity: 'error' },
        { sheet: 'Số hóa', code: 'rate-mismatch', row: 10, column: 'E', message: '50,00%' },
      ],
      figures: [
        { sheet: 'Số hóa', unit: 'Xã Châu Tiến', metric: 'digitizedDossierRate', value: null },
        {
          sheet: 'Số hóa',
          unit: 'Xã Châu Thành',
          metric: 'digitizedDossierRate',
          value: 0.8,
          numerator: 320,
          denominator: 400,
        },
      ],
    },
  },
];
