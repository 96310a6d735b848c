/**
 * The summary sheet an office attaches to a directive letter (NĐ 30/2020 style): agency heading,
 * "PHỤ LỤC", title, "(Kèm theo Công văn số ...)", period and source, one table per indicator with
 * units sorted by rate and those below target shaded, total and provincial average, the paragraph,
 * and the place, date and signature block.
 */
import type { Lang } from '../lang';
import { isCountMetric, METRICS, reportedMetrics } from '../metrics/catalog';
import { fold } from '../parse/text';
import { shortName } from '../parse/unitName';
import type { MetricId, Report, SheetReport, UnitReport } from '../report';
import type { AppendixInfo } from '../schema';
import { formatDay, formatRate, formatTarget } from '../format';
import type { ChartSpec, LayoutCell, LayoutRow, StyleId, SummaryLayout } from './layout';

export interface SummaryOptions {
  lang: Lang;
  sheetName: string;
  appendix?: Partial<AppendixInfo>;
  /** Date printed under the tables (today by default). */
  date?: Date;
}

// STT, Đơn vị, two counts, rate, target, verdict, rank, change since the previous period.
const WIDTHS = [6, 27, 13, 13, 10, 8, 12, 8, 11];
const COLS = WIDTHS.length;
const CHARS_PER_LINE = 125;

const T = {
  vi: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    appendix: 'PHỤ LỤC',
    title: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH',
    attached: (no: string, suffix: string, m: number, y: number, agency: string) =>
      `(Kèm theo Công văn số ${no || '      '}/${suffix} ngày      tháng ${m} năm ${y}${agency ? ' của ' + agency : ''})`,
    period: (from: string, to: string) => `Kỳ báo cáo: từ ngày ${from} đến ngày ${to}.`,
    source: (file: string, sheet: string) => `Nguồn: ${file}, trang "${sheet}".`,
    stt: 'STT',
    unit: 'Đơn vị',
    leader: 'Họ và tên',
    rate: 'Tỷ lệ',
    target: 'Chỉ tiêu',
    verdict: 'Đánh giá',
    rank: 'Xếp hạng',
    change: 'So với kỳ trước',
    score: 'Điểm theo QĐ 766',
    scoreCols: ['Tổng điểm/tối đa'],
    pass: 'Đạt',
    fail: 'Chưa đạt',
    noData: 'Lỗi số liệu',
    noCase: 'Không phát sinh',
    total: 'Tổng cộng',
    bench: 'Trung bình toàn tỉnh',
    leaders: 'Tỷ lệ văn bản ký số của từng lãnh đạo',
    countNone: 'Không có đơn vị nào.',
    findings: (n: number) => `Số liệu cần kiểm tra lại (${n} lỗi):`,
    row: 'dòng',
    column: 'cột',
    dated: (place: string, d: Date) =>
      `${place || '......'}, ngày ${d.getDate()} tháng ${d.getMonth() + 1} năm ${d.getFullYear()}`,
    kinds: {
      'dossier-stats': 'Tình hình, kết quả giải quyết thủ tục hành chính',
      'digitization-payment': 'Số hóa hồ sơ, thanh toán trực tuyến, đồng bộ hồ sơ',
      signatures: 'Ký số của lãnh đạo',
      'dossier-list': 'Tổng hợp từ danh sách hồ sơ',
    } as Record<string, string>,
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIET NAM',
    motto: 'Independence - Freedom - Happiness',
    appendix: 'APPENDIX',
    title: 'ADMINISTRATIVE REFORM INDICATORS',
    attached: (no: string, suffix: string, m: number, y: number, agency: string) =>
      `(Attached to letter No. ${no || '      '}/${suffix} of ${m}/${y}${agency ? ', ' + agency : ''})`,
    period: (from: string, to: string) => `Reporting period: ${from} to ${to}.`,
    source: (file: string, sheet: string) => `Source: ${file}, sheet "${sheet}".`,
    stt: 'No.',
    unit: 'Unit',
    leader: 'Name',
    rate: 'Rate',
    target: 'Target',
    verdict: 'Result',
    rank: 'Rank',
    change: 'Since last period',
    score: 'QĐ 766-style score',
    scoreCols: ['Points/maximum'],
    pass: 'Met',
    fail: 'Not met',
    noData: 'Faulty data',
    noCase: 'No dossiers',
    total: 'Total',
    bench: 'Provincial average',
    leaders: 'Digital signatures per leader',
    countNone: 'None.',
    findings: (n: number) => `Figures to check (${n} errors):`,
    row: 'row',
    column: 'column',
    dated: (place: string, d: Date) =>
      `${place || '......'}, ${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`,
    kinds: {
      'dossier-stats': 'Administrative procedure dossiers',
      'digitization-payment': 'Digitization, online payment, portal sync',
      signatures: 'Leaders’ digital signatures',
      'dossier-list': 'From the dossier list',
    } as Record<string, string>,
  },
};

/** The summary's fixed texts, for reading an earlier summary sheet back (summary/readBack.ts). */
export { T as SUMMARY_TEXTS };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const cell = (
  value: string | number | null,
  style: StyleId,
  extra: Partial<LayoutCell> = {},
): LayoutCell => ({ value, style, ...extra });
const line = (value: string, style: StyleId, height?: number): LayoutRow => ({
  cells: [cell(value, style, { span: COLS })],
  height,
});
/** Excel's tallest row is 409 points. */
const paragraphHeight = (text: string) =>
  Math.min(409, Math.max(1, Math.ceil(text.length / CHARS_PER_LINE)) * 18);

/** The agency heading and the office under it from the source's title block ("UBND HUYỆN AN LÃO"). */
function headingOf(report: Report, info: Partial<AppendixInfo>): { agency: string; office: string } {
  for (const s of report.sheets) {
    const [first, second] = s.title?.split(' / ') ?? [];
    if (first && /^(ubnd|uy ban)/.test(fold(first))) {
      const office = second && /^(van phong|phong|ban|bo phan)/.test(fold(second)) ? second : '';
      return { agency: info.agency || first, office: info.office || office };
    }
  }
  // No "UBND …" line ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH HÓA"): the scope names the agency.
  const scope = report.sheets.find((s) => s.scope?.name)?.scope;
  const agency = scope ? `UBND ${scope.noun} ${scope.name}`.toUpperCase() : '';
  return { agency: info.agency || agency, office: info.office ?? '' };
}

/** "UBND HUYỆN QUỲ HỢP" -> "UBND huyện Quỳ Hợp", as it reads inside a sentence. */
export function agencyInSentence(agency: string): string {
  if (agency !== agency.toUpperCase()) return agency;
  const m =
    /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(thành phố|thị trấn|thị xã|huyện|tỉnh|quận|phường|xã)\s+(.+)$/u.exec(
      agency.toLowerCase().replace(/\s+/g, ' ').trim(),
    );
  if (!m) return agency;
  const place = m[3].split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return `${m[1] === 'ubnd' ? 'UBND' : 'Ủy ban nhân dân'} ${m[2]} ${place.join(' ')}`;
}

/** "Toàn tỉnh", "Toàn huyện", "Toàn xã": the total row follows the sheet's scope. */
function totalLabel(s: SheetReport, lang: Lang): string {
  if (lang === 'vi' && s.scope) return `Toàn ${s.scope.noun}`;
  return T[lang].total;
}

function sortedByRate(units: UnitReport[], id: MetricId): UnitReport[] {
  const v = (u: UnitReport) => u.metrics[id]?.value;
  return units
    .filter((u) => u.metrics[id])
    .sort((a, b) => {
      const x = v(a);
      const y = v(b);
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return isCountMetric(id) ? y - x : x - y;
    });
}

/** "▲ 2,15" / "▼ 1,20" points since the previous period. */
function changeText(delta: number | undefined, lang: Lang): string {
  if (delta === undefined) return '';
  const pts = formatRate(Math.abs(delta), lang).replace('%', '');
  return Math.abs(delta) < 0.00005 ? pts : `${delta > 0 ? '▲' : '▼'} ${pts}`;
}

/** One table row: STT, name, counts, rate, target, verdict, rank, change. */
function tableRow(
  values: (string | number | null)[],
  opts: { shaded?: boolean; bold?: boolean } = {},
): LayoutRow {
  const styles: StyleId[] = [
    'cellCenter',
    'cellText',
    'cellCount',
    'cellCount',
    'cellRate',
    'cellRate',
    'cellVerdict',
    'cellCenter',
    'cellCenter',
  ];
  return { cells: values.map((v, i) => cell(v, styles[i], { shaded: opts.shaded, bold: opts.bold })) };
}

function rateTable(
  s: SheetReport,
  id: MetricId,
  units: UnitReport[],
  threshold: number,
  lang: Lang,
  nameOf: (u: UnitReport) => string,
  firstHeader?: string,
): LayoutRow[] {
  const t = T[lang];
  const [denLabel, numLabel] = METRICS[id].columns[lang];
  const headers = [
    t.stt,
    firstHeader ?? t.unit,
    denLabel,
    numLabel,
    t.rate,
    t.target,
    t.verdict,
    t.rank,
    t.change,
  ];
  const isLeaders = units === s.leaders;
  const rows: LayoutRow[] = [
    {
      cells: headers.map((h) => cell(h, 'th')),
      height: 36,
      chartData: isLeaders ? undefined : [t.unit, t.rate, t.target],
    },
  ];
  const target = formatTarget(threshold, lang);
  sortedByRate(units, id).forEach((u, i) => {
    const m = u.metrics[id]!;
    const below = u.below.includes(id);
    const verdict = m.value === null ? (m.denominator === 0 ? t.noCase : t.noData) : below ? t.fail : t.pass;
    const values = [
      i + 1,
      nameOf(u),
      m.denominator ?? null,
      m.numerator ?? null,
      m.value === null ? '' : formatRate(m.value, lang),
      target,
      verdict,
    ];
    const row = tableRow(
      [...values, isLeaders ? '' : (u.rank?.[id] ?? ''), changeText(u.change?.[id], lang)],
      { shaded: below },
    );
    row.cells[6].bold = below;
    if (!isLeaders && m.value !== null) row.chartData = [shortName(u.name), m.value, threshold];
    rows.push(row);
  });
  const total = s.total?.[id];
  if (total && !isLeaders) {
    const ok = total.value !== null && total.value >= threshold - 1e-12;
    const rate = total.value === null ? '' : formatRate(total.value, lang);
    rows.push(
      tableRow(
        [
          '',
          totalLabel(s, lang),
          total.denominator ?? null,
          total.numerator ?? null,
          rate,
          target,
          total.value === null ? '' : ok ? t.pass : t.fail,
          '',
          '',
        ],
        { bold: true },
      ),
    );
  }
  const bench = s.benchmark?.[id];
  if (bench !== undefined && !isLeaders)
    rows.push(
      tableRow([
        '',
        lang === 'vi' ? (s.benchmarkName ?? t.bench) : t.bench,
        null,
        null,
        formatRate(bench, lang),
        '',
        '',
        '',
        '',
      ]),
    );
  return rows;
}

/**
 * QĐ 766-style points per unit, best first: one column per scored indicator (at most five fit), the
 * total and the overall rank. No merged cells in tables: ExcelJS checks each merge against all the
 * others, which made a 5,000-unit summary take seconds per table.
 */
function scoreTable(s: SheetReport, lang: Lang): LayoutRow[] {
  const t = T[lang];
  const scored = s.units
    .filter((u) => u.score766)
    .sort((a, b) => b.score766!.total / b.score766!.max - a.score766!.total / a.score766!.max);
  if (!scored.length) return [];
  const ids = [...new Set(scored.flatMap((u) => Object.keys(u.score766!.points) as MetricId[]))].slice(
    0,
    COLS - 4,
  );
  const num = (n: number) => formatRate(n / 100, lang).replace('%', '');
  const rows: LayoutRow[] = [
    {
      cells: [
        cell(t.stt, 'th'),
        cell(t.unit, 'th'),
        ...ids.map((id) => cell(METRICS[id].short[lang], 'th')),
        cell(t.scoreCols[0], 'th'),
        cell(t.rank, 'th'),
      ],
      height: 36,
    },
  ];
  scored.forEach((u, i) => {
    const sc = u.score766!;
    rows.push({
      cells: [
        cell(i + 1, 'cellCenter'),
        cell(u.name, 'cellText'),
        ...ids.map((id) => cell(sc.points[id] === undefined ? '' : num(sc.points[id]!), 'cellRate')),
        cell(`${num(sc.total)}/${num(sc.max)}`, 'cellRate', { bold: true }),
        cell(u.overallRank ?? '', 'cellCenter'),
      ],
    });
  });
  return rows;
}

/** Units with late or overdue dossiers, most first (no merged cells, as above). */
function countTable(s: SheetReport, id: MetricId, threshold: number, lang: Lang): LayoutRow[] {
  const t = T[lang];
  const over = sortedByRate(s.units, id).filter((u) => u.below.includes(id));
  if (!over.length) return [line(t.countNone, 'paragraph')];
  const headers = [t.stt, t.unit, METRICS[id].columns[lang][0], t.target, t.verdict];
  const rows: LayoutRow[] = [{ cells: headers.map((h) => cell(h, 'th')), height: 36 }];
  over.forEach((u, i) =>
    rows.push({
      cells: [
        cell(i + 1, 'cellCenter', { shaded: true }),
        cell(u.name, 'cellText', { shaded: true }),
        cell(u.metrics[id]!.value, 'cellCount', { shaded: true }),
        cell(threshold, 'cellCount', { shaded: true }),
        cell(t.fail, 'cellVerdict', { shaded: true, bold: true }),
      ],
    }),
  );
  const total = s.total?.[id]?.value;
  if (total !== null && total !== undefined)
    rows.push({
      cells: [
        cell('', 'cellCenter'),
        cell(totalLabel(s, lang), 'cellText', { bold: true }),
        cell(total, 'cellCount', { bold: true }),
        cell('', 'cellCount'),
        cell('', 'cellVerdict'),
      ],
    });
  return rows;
}

export function buildSummaryLayout(report: Report, opts: SummaryOptions): SummaryLayout {
  const lang = opts.lang;
  const t = T[lang];
  const info = opts.appendix ?? {};
  const date = opts.date ?? new Date();
  const { agency, office } = headingOf(report, info);
  const rows: LayoutRow[] = [
    { cells: [cell(agency.toUpperCase(), 'agency', { span: 4 }), cell(t.nation, 'nation', { span: 5 })] },
    {
      cells: [cell(office.toUpperCase(), 'agencyBold', { span: 4 }), cell(t.motto, 'motto', { span: 5 })],
    },
    { cells: [] },
    line(t.appendix, 'appendix'),
    line(t.title, 'title', 22),
    line(
      t.attached(
        info.letterNo ?? '',
        info.letterSuffix || 'UBND-VP',
        date.getMonth() + 1,
        date.getFullYear(),
        agencyInSentence(agency),
      ),
      'subtitle',
      20,
    ),
    { cells: [] },
  ];
  // Titles repeat on printed pages only when there is one table; several tables each start a page
  // instead, so a repeated header never sits over another table's rows.
  const headerRows: number[] = [];
  const charts: ChartSpec[] = [];
  let tables = 0;
  const sheets = report.sheets.filter((s) => s.units.length);
  sheets.forEach((s, si) => {
    const heading = `${ROMAN[si] ?? si + 1}. ${t.kinds[s.kind] ?? s.sheet}`;
    rows.push(line(heading, 'sectionTitle', 20));
    const notes = [
      s.period?.from && s.period?.to ? t.period(formatDay(s.period.from), formatDay(s.period.to)) : '',
      t.source(report.source, s.sheet),
    ]
      .filter(Boolean)
      .join(' ');
    rows.push(line(notes, 'note', 18));
    let n = 0;
    for (const id of reportedMetrics(s.metricIds)) {
      n++;
      const threshold = report.thresholds[id];
      const label = `${n}. ${METRICS[id].label[lang]} (${t.target.toLowerCase()} ${isCountMetric(id) ? threshold : formatTarget(threshold, lang)})`;
      rows.push({ ...line(label, 'sectionTitle', 20), pageBreakBefore: tables++ > 0 });
      headerRows.push(rows.length + 1);
      if (isCountMetric(id)) rows.push(...countTable(s, id, threshold, lang));
      else {
        const table = rateTable(s, id, s.units, threshold, lang, (u) => u.name);
        const first = rows.length + 1;
        rows.push(...table);
        const withData = table.filter((r) => r.chartData).length;
        if (withData > 1)
          charts.push({ title: METRICS[id].label[lang], firstRow: first, lastRow: first + withData - 1 });
      }
      rows.push({ cells: [] });
      if (id === 'signatureRate' && s.leaders.length) {
        rows.push(line(`${n}b. ${t.leaders}`, 'sectionTitle', 20));
        rows.push(
          ...rateTable(s, id, s.leaders, threshold, lang, (u) => `${u.name} (${u.unit ?? ''})`, t.leader),
        );
        rows.push({ cells: [] });
      }
    }
    const scores = scoreTable(s, lang);
    if (scores.length) {
      rows.push({ ...line(`${n + 1}. ${t.score}`, 'sectionTitle', 20), pageBreakBefore: tables++ > 0 });
      rows.push(...scores, { cells: [] });
    }
    if (s.narrative) rows.push(line(s.narrative, 'paragraph', paragraphHeight(s.narrative)));
    rows.push({ cells: [] });
  });
  const errors = report.sheets.flatMap((s) =>
    s.findings.filter((f) => f.severity === 'error').map((f) => ({ ...f, sheet: s.sheet })),
  );
  if (errors.length) {
    rows.push(line(t.findings(errors.length), 'sectionTitle', 20));
    for (const f of errors.slice(0, 30)) {
      const where = `${f.sheet}${f.row ? `, ${t.row} ${f.row}` : ''}${f.column ? `, ${t.column} ${f.column}` : ''}`;
      const text = `- ${where}: ${f.message}`;
      rows.push(line(text, 'paragraph', paragraphHeight(text)));
    }
    rows.push({ cells: [] });
  }
  rows.push({
    cells: [
      cell(null, 'paragraph', { span: 5 }),
      cell(t.dated(info.place ?? '', date), 'placeDate', { span: 4 }),
    ],
  });
  if (info.signerTitle || info.signerName) {
    rows.push({
      cells: [
        cell(null, 'paragraph', { span: 5 }),
        cell((info.signerTitle ?? '').toUpperCase(), 'signTitle', { span: 4 }),
      ],
    });
    rows.push({ cells: [] }, { cells: [] }, { cells: [] });
    rows.push({
      cells: [cell(null, 'paragraph', { span: 5 }), cell(info.signerName ?? '', 'signName', { span: 4 })],
    });
  }
  return {
    sheetName: opts.sheetName,
    columnWidths: WIDTHS,
    rows,
    printTitleRows: tables === 1 ? [headerRows[0], headerRows[0]] : null,
    charts,
    printWidth: COLS,
    page: { orientation: 'landscape', margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 } },
  };
}
