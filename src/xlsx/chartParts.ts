import type { SummaryLayout } from '../core';

export interface ChartPartSet {
  /** The drawing part the summary sheet links to. */
  drawing: string;
  parts: { name: string; xml: string; contentType?: string }[];
}

export function chartParts(
  layout: SummaryLayout,
  sheetName: string,
  sheetPart: string,
  mark: string,
): ChartPartSet | null {
  void layout;
  void sheetName;
  void sheetPart;
  void mark;
  return null;
}
