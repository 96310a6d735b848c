/**
 * The summary sheet as plain data: rows of cells with semantic style ids. The core decides what
 * goes where; host adapters only turn style ids into fonts, fills and borders (see STYLES).
 */

export type StyleId =
  | 'agency' // top-left heading of an administrative document
  | 'agencyBold'
  | 'nation' // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
  | 'motto' // "Độc lập - Tự do - Hạnh phúc"
  | 'appendix' // "PHỤ LỤC"
  | 'title'
  | 'subtitle' // italic line under the title
  | 'note' // period, source
  | 'sectionTitle'
  | 'th' // table header
  | 'cellText'
  | 'cellCenter'
  | 'cellCount'
  | 'cellRate'
  | 'cellVerdict'
  | 'paragraph'
  | 'placeDate'
  | 'signTitle'
  | 'signName';

export interface CellStyleSpec {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  border?: boolean;
  /** Excel number format for numeric values. */
  numFmt?: string;
}

/** Times New Roman 13 throughout (NĐ 30/2020), smaller only where a title block needs it. */
export const FONT_NAME = 'Times New Roman';
export const BASE_SIZE = 13;

/** Counts shown as 9.737 whatever the PC's regional settings (literal dot, not a locale separator). */
export const VI_COUNT_FORMAT = '[>=1000000]#"."###"."###;[>=1000]#"."###;0';

export const STYLES: Record<StyleId, CellStyleSpec> = {
  agency: { align: 'center', size: 12 },
  agencyBold: { align: 'center', bold: true, size: 12 },
  nation: { align: 'center', bold: true, size: 12 },
  motto: { align: 'center', bold: true },
  appendix: { align: 'center', bold: true },
  title: { align: 'center', bold: true, wrap: true },
  subtitle: { align: 'center', italic: true, wrap: true },
  note: { align: 'center', italic: true, size: 12, wrap: true },
  sectionTitle: { align: 'left', bold: true, wrap: true },
  th: { align: 'center', bold: true, wrap: true, border: true },
  cellText: { align: 'left', border: true, wrap: true },
  cellCenter: { align: 'center', border: true },
  cellCount: { align: 'right', border: true, numFmt: VI_COUNT_FORMAT },
  cellRate: { align: 'right', border: true },
  cellVerdict: { align: 'center', border: true },
  paragraph: { align: 'left', wrap: true },
  placeDate: { align: 'center', italic: true },
  signTitle: { align: 'center', bold: true },
  signName: { align: 'center', bold: true },
};

/** Fill of rows below threshold (light red, prints well in grey). */
export const BELOW_FILL = 'FBE2D5';
/** Fill of table headers. */
export const HEADER_FILL = 'DCE6F1';

export interface LayoutCell {
  /** Text is always written as text (never a formula), numbers as numbers. */
  value: string | number | null;
  style: StyleId;
  /** Number of columns this cell spans (merged to the right). */
  span?: number;
  /** Shaded as below threshold. */
  shaded?: boolean;
  bold?: boolean;
}

export interface LayoutRow {
  /** Cells from column A; a spanning cell covers the next span-1 columns. */
  cells: LayoutCell[];
  /** Row height in points, for wrapped paragraphs and headers. */
  height?: number;
  /** Start a new printed page at this row. */
  pageBreakBefore?: boolean;
  /** Chart data for this row (name, rate, target as numbers), written from CHART_DATA_COL, not printed. */
  chartData?: (string | number)[];
}

/** A layout cell at its place (0-based row and column); span is at least 1. */
export interface PlacedCell {
  row: number;
  col: number;
  span: number;
  cell: LayoutCell;
}

/** The one walk every writer shares: each cell starts where the previous one's span ends. */
export function placeRow(cells: readonly LayoutCell[], row = 0): PlacedCell[] {
  let col = 0;
  return cells.map((cell) => {
    const span = Math.max(1, cell.span ?? 1);
    const placed = { row, col, span, cell };
    col += span;
    return placed;
  });
}

export function placeCells(layout: SummaryLayout): PlacedCell[] {
  return layout.rows.flatMap((r, row) => placeRow(r.cells, row));
}

/** 0-based column where chart data blocks start (U), right of the printed tables. */
export const CHART_DATA_COL = 20;

/** One indicator's chart: units' rates against the target line, drawn natively where Excel can. */
export interface ChartSpec {
  title: string;
  /** 1-based rows of the data block (its first row holds the series names). */
  firstRow: number;
  lastRow: number;
}

export interface SummaryLayout {
  sheetName: string;
  /** Column widths in characters, A first. */
  columnWidths: number[];
  rows: LayoutRow[];
  /** 1-based rows repeated at the top of each printed page (the first table's header). */
  printTitleRows: [number, number] | null;
  charts?: ChartSpec[];
  /** Printed columns (A to this 0-based column); chart data beyond it stays off paper. */
  printWidth?: number;
  /** A4 landscape, margins in inches per NĐ 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm). */
  page: {
    orientation: 'landscape' | 'portrait';
    margins: { top: number; bottom: number; left: number; right: number };
  };
}

/** A cell to shade on a source sheet (1-based row). */
export interface CellMark {
  sheet: string;
  row: number;
  column: string;
}

/** Defined name pointing at the summary sheet the add-in wrote: a re-run replaces only that sheet. */
export const SUMMARY_NAME = '_BaoCaoCCHC_TongHop';
/** Tag of the record naming the summary sheet where defined names cannot be written (ExcelApi < 1.4). */
export const SUMMARY_MARKER = 'bao-cao-cchc:summary:v1';
/** Very hidden sheet holding the settings JSON in A1, so a shared .xlsx carries them to any host. */
export const SETTINGS_SHEET = '_BaoCaoCCHC';
