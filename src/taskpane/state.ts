/** The task pane's state and its reducer: plain data, no React, no host (tested in test/taskpane). */
import type { PeriodMatch } from '../core';
import type { Report } from '../core';
import { defaultSettings, type Settings } from '../core';
import type { Phase } from '../worker/protocol';
import type { ColumnChoice } from './columns';
import type { Strings } from './i18n';

export type TabId = 'sheets' | 'check' | 'thresholds' | 'indicators' | 'report';
/** Long-running work; the pane shows a progress bar and disables its commands meanwhile. */
export type Task = 'read' | 'analyze' | 'previous' | 'save' | 'insert' | 'clear';
/** Tasks the officer can stop with "Hủy": reading and analysis, which write nothing. */
export const CANCELLABLE: readonly Task[] = ['read', 'analyze', 'previous'];
export type ErrorKey = keyof Strings['errors'];

/** A success message, translated when shown. */
export type Notice =
  | { kind: 'settingsSaved' }
  /** `shading`: the host's note when cells could not all be shaded (the summary itself is in). */
  | { kind: 'inserted'; sheetName: string; shading?: string }
  | { kind: 'copied' }
  | { kind: 'cleared' }
  | { kind: 'nothingToCopy' }
  | { kind: 'cancelled' };

/** Last month's file the report is compared with, and how its units were matched. */
export interface Comparison {
  /** The chosen file's name, or our earlier summary sheet's. */
  source: string;
  inWorkbook: boolean;
  matches: PeriodMatch[];
  /** Current unit name -> previous unit name, paired by the officer. */
  pairs: Record<string, string>;
}

export interface AppState {
  tab: TabId;
  task: Task | null;
  /** What the running task is doing; null before its first progress report. */
  progress: { phase: Phase; done: number; total: number } | null;
  settings: Settings;
  report: Report | null;
  /** Sheet name -> its columns, for the column-mapping dropdowns. */
  columns: Record<string, ColumnChoice[]>;
  comparison: Comparison | null;
  /** `detail` is the host's own message (Office or the file host), shown under ours. */
  error: { key: ErrorKey; detail: string } | null;
  notice: Notice | null;
}

export type Action =
  | { type: 'tab'; tab: TabId }
  | { type: 'start'; task: Task }
  | { type: 'progress'; phase: Phase; done: number; total: number }
  | {
      type: 'analyzed';
      report: Report;
      settings: Settings;
      columns: Record<string, ColumnChoice[]>;
      comparison: Comparison | null;
      tab?: TabId;
    }
  | { type: 'finished'; notice?: Notice }
  | { type: 'failed'; key: ErrorKey; detail: string }
  | { type: 'dismiss' };

export function initialState(): AppState {
  return {
    tab: 'sheets',
    task: null,
    progress: null,
    settings: defaultSettings(),
    report: null,
    columns: {},
    comparison: null,
    error: null,
    notice: null,
  };
}

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'tab':
      return { ...state, tab: action.tab };
    case 'start':
      return { ...state, task: action.task, progress: null, error: null, notice: null };
    case 'progress': {
      const { phase, done, total } = action;
      return { ...state, progress: { phase, done, total } };
    }
    case 'analyzed': {
      const { report, settings, columns, comparison } = action;
      return { ...state, report, settings, columns, comparison, tab: action.tab ?? state.tab };
    }
    case 'finished':
      return { ...state, task: null, progress: null, notice: action.notice ?? null };
    case 'failed':
      return { ...state, task: null, progress: null, error: { key: action.key, detail: action.detail } };
    case 'dismiss':
      return { ...state, error: null, notice: null };
  }
}
