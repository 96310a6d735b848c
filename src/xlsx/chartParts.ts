/**
 * Native chart parts for the summary sheet, one per indicator table (layout.charts): the units' rates
 * as columns and the target as a line on the same axes, as the Office.js writer draws them inside
 * Excel. The data block beside the tables (CHART_DATA_COL) is referenced and cached in the chart, so
 * Excel and LibreOffice show it before any recalculation.
 */
import { columnLetter } from '../core';
import { CHART_DATA_COL, FONT_NAME, type ChartSpec, type SummaryLayout } from '../core';
import { escapeXml } from './xml';

export interface ChartPartSet {
  /** The drawing part the summary sheet links to. */
  drawing: string;
  parts: { name: string; xml: string; contentType?: string }[];
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RATE_COLOR = '2E75B6';
const TARGET_COLOR = 'C00000';
/** A chart is at least this many rows tall, as in Excel. */
const MIN_ROWS = 14;
const CHART_COLS = 8;

const font = (size: number, bold = false) =>
  `<a:defRPr sz="${size}"${bold ? ' b="1"' : ''}><a:latin typeface="${FONT_NAME}"/><a:cs typeface="${FONT_NAME}"/></a:defRPr>`;

function strRef(f: string, values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${escapeXml(f)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(f: string, values: (number | null)[]): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${escapeXml(f)}</c:f><c:numCache><c:formatCode>0.00%</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function chartXml(spec: ChartSpec, layout: SummaryLayout, sheetRef: string): string {
  const block = layout.rows.slice(spec.firstRow - 1, spec.lastRow).map((r) => r.chartData ?? []);
  const [head, ...data] = block;
  const col = (k: number) => `$${columnLetter(CHART_DATA_COL + k)}`;
  const range = (k: number) => `${sheetRef}!${col(k)}$${spec.firstRow + 1}:${col(k)}$${spec.lastRow}`;
  const name = (k: number) =>
    `<c:tx>${strRef(`${sheetRef}!${col(k)}$${spec.firstRow}`, [String(head?.[k] ?? '')])}</c:tx>`;
  const cat = `<c:cat>${strRef(
    range(0),
    data.map((r) => String(r[0] ?? '')),
  )}</c:cat>`;
  const val = (k: number) =>
    `<c:val>${numRef(
      range(k),
      data.map((r) => (typeof r[k] === 'number' ? (r[k] as number) : null)),
    )}</c:val>`;
  const axes = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(1200, true)}</a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>${name(1)}` +
    `<c:spPr><a:solidFill><a:srgbClr val="${RATE_COLOR}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${cat}${val(1)}</c:ser>` +
    `<c:gapWidth val="60"/>${axes}</c:barChart>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="1"/><c:order val="1"/>${name(2)}` +
    `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${TARGET_COLOR}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>` +
    `${cat}${val(2)}<c:smooth val="0"/></c:ser><c:marker val="1"/>${axes}</c:lineChart>` +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>' +
    '<c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>' +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(1000)}</a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr></c:chartSpace>`
  );
}

const marker = (tag: string, col: number, row: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** null when the layout has no chart; `mark` goes in every part name, so a re-run finds its own. */
export function chartParts(layout: SummaryLayout, sheetName: string, mark: string): ChartPartSet | null {
  const specs = layout.charts ?? [];
  if (!specs.length) return null;
  const sheetRef = `'${sheetName.replace(/'/g, "''")}'`;
  const left = layout.printWidth ?? layout.columnWidths.length;
  const drawing = `xl/drawings/${mark}-drawing1.xml`;
  const anchors = specs.map((spec, i) => {
    const top = spec.firstRow - 1;
    const rows = Math.max(spec.lastRow - spec.firstRow + 1, MIN_ROWS);
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', left + 1, top)}${marker('to', left + 1 + CHART_COLS, top + rows)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  const rels = specs
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${NS_R}/chart" Target="../charts/${mark}-chart${i + 1}.xml"/>`,
    )
    .join('');
  return {
    drawing,
    parts: [
      {
        name: drawing,
        xml: `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join('')}</xdr:wsDr>`,
        contentType: 'application/vnd.openxmlformats-officedocument.drawing+xml',
      },
      {
        name: `xl/drawings/_rels/${mark}-drawing1.xml.rels`,
        xml: `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
      },
      ...specs.map((spec, i) => ({
        name: `xl/charts/${mark}-chart${i + 1}.xml`,
        xml: chartXml(spec, layout, sheetRef),
        contentType: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
      })),
    ],
  };
}
