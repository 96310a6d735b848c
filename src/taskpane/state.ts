/** The task pane's state and its reducer: plain data, no React, no host (tested in test/taskpane). */
import type { Report } from '../core';
import { defaultSettings, type Settings } from '../core';
import type { ColumnChoice } from './columns';
import type { Strings } from './i18n';

export type TabId = 'sheets' | 'check' | 'thresholds' | 'indicators';
/** Long-running work; the pane shows a progress bar and disables its commands meanwhile. */
export type Task = 'read' | 'analyze' | 'save' | 'insert' | 'clear';
export type ErrorKey = keyof Strings['errors'];

/** A success message, translated when shown. */
export type Notice =
  | { kind: 'settingsSaved' }
  | { kind: 'inserted'; sheetName: string }
  | { kind: 'copied' }
  | { kind: 'cleared' }
  | { kind: 'nothingToCopy' };

export interface AppState {
  tab: TabId;
  task: Task | null;
  /** Sheets read so far while reading; null when the task has no measurable progress. */
  progress: { done: number; total: number } | null;
  settings: Settings;
  report: Report | null;
  /** Sheet name -> its columns, for the column-mapping dropdowns. */
  columns: Record<string, ColumnChoice[]>;
  /** `detail` is the host's own message (Office or ExcelJS), shown under ours. */
  error: { key: ErrorKey; detail: string } | null;
  notice: Notice | null;
}

export type Action =
  | { type: 'tab'; tab: TabId }
  | { type: 'start'; task: Task }
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'analyzed';
      report: Report;
      settings: Settings;
      columns: Record<string, ColumnChoice[]>;
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
    case 'progress':
      return { ...state, progress: { done: action.done, total: action.total } };
    case 'analyzed': {
      const { report, settings, columns } = action;
      return { ...state, report, settings, columns, tab: action.tab ?? state.tab };
    }
    case 'finished':
      return { ...state, task: null, progress: null, notice: action.notice ?? null };
    case 'failed':
      return { ...state, task: null, progress: null, error: { key: action.key, detail: action.detail } };
    case 'dismiss':
      return { ...state, error: null, notice: null };
  }
}
