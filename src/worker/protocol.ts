/**
 * Messages between the pages and the engine's Web Worker. Every request carries an id; the worker
 * answers it with progress messages, then one `done` or `failed`. Everything here is structured-clone
 * data: grids, reports, file bytes (transferred, not copied).
 */
import type { EngineOptions } from '../core';
import type { PeriodMatch } from '../core';
import type { Grid } from '../core';
import type { HostPort } from '../core';
import type { Report } from '../core';
import type { ColumnChoice } from '../taskpane/columns';

/** What the progress bar names: "Đọc trang tính 3/5…", "Kiểm tra…", "Tính chỉ tiêu…". */
export type Phase = 'open' | 'read' | 'check' | 'compute';
export type OnProgress = (phase: Phase, done: number, total: number) => void;

/** Engine options without the callback, which cannot cross to the worker. */
export type JobOptions = Omit<EngineOptions, 'onProgress'>;

/** The HostPort methods the page calls on the workbook the worker holds (callbacks stay behind). */
export type PortMethod = keyof HostPort;

export type EngineRequest =
  /** Page: the chosen file; the worker opens it and keeps it. */
  | { type: 'open'; bytes: ArrayBuffer }
  /** Page: reads the opened workbook's sheets (its own summary left out) and keeps them. */
  | { type: 'read' }
  /** Task pane: the sheets Office.js read, kept for the next analyses. */
  | { type: 'grids'; grids: Grid[] }
  | { type: 'analyze'; options: JobOptions }
  /** Last month's file: read and analyzed with the same options, returned as a PreviousPeriod. */
  | { type: 'previous'; bytes: ArrayBuffer; options: JobOptions }
  /** Page: a HostPort call on the opened workbook (write the summary, shade, settings). */
  | { type: 'port'; method: PortMethod; args: unknown[] }
  /** Page: the opened workbook as .xlsx bytes. */
  | { type: 'save' };

export interface AnalyzeResult {
  report: Report;
  matches: PeriodMatch[];
  /** Sheet name -> its columns, for the column-mapping dropdowns. */
  columns: Record<string, ColumnChoice[]>;
}

export type RequestMessage = EngineRequest & { id: number };

export type ResponseMessage =
  | { id: number; type: 'progress'; phase: Phase; done: number; total: number }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'failed'; message: string };
