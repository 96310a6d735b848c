/**
 * What the pane's commands do, as plain async functions over a HostPort: read, check, compute, save
 * settings, insert the summary. They report through `dispatch` (see state.ts), so they are tested
 * without React and without Office.
 */
import { summarizeWorkbook, type EngineOptions, type Lang } from '../core';
import type { Grid } from '../core';
import type { MetricId } from '../core';
import type { HostPort } from '../core';
import type { Finding, Report, SheetKind } from '../core';
import { defaultSettings, settingsSchema, type Settings } from '../core';
import { buildSummaryLayout, highlightMarks } from '../core';
import { columnChoices, type ColumnChoice } from './columns';
import type { Action, ErrorKey, Notice, TabId, Task } from './state';

export interface WorkflowDeps {
  port: HostPort;
  lang: Lang;
  /** File name shown as the source of the figures. */
  source: string;
  dispatch: (action: Action) => void;
  copyText: (text: string) => Promise<void>;
}

/**
 * Lets the webview paint and answer Office between steps: Office restarts an add-in that stays
 * unresponsive for 5 seconds.
 */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function engineOptions(settings: Settings, deps: WorkflowDeps): EngineOptions {
  return {
    source: deps.source,
    lang: deps.lang,
    thresholds: settings.thresholds,
    periodRule: settings.periodRule,
    kindOverrides: settings.kindOverrides,
    columnOverrides: settings.columnOverrides,
  };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The text "Sao chép đoạn văn" copies: each sheet's paragraph, in sheet order. */
export function narrativeOf(report: Report): string {
  return report.sheets
    .map((s) => s.narrative.trim())
    .filter(Boolean)
    .join('\n\n');
}

export type Workflow = ReturnType<typeof createWorkflow>;

export function createWorkflow(deps: WorkflowDeps) {
  const { port, dispatch } = deps;
  /** The sheets as last read: settings changes re-run the engine on them without reading again. */
  let grids: Grid[] = [];

  /** Runs `job` as `task`, turning a failure into the pane's `errorKey` message. */
  async function run(task: Task, errorKey: ErrorKey, job: () => Promise<Notice | void>): Promise<void> {
    dispatch({ type: 'start', task });
    try {
      const notice = await job();
      dispatch({ type: 'finished', notice: notice ?? undefined });
    } catch (err) {
      dispatch({ type: 'failed', key: errorKey, detail: messageOf(err) });
    }
  }

  async function analyze(settings: Settings, tab?: TabId): Promise<void> {
    dispatch({ type: 'start', task: 'analyze' });
    await yieldToHost();
    const report = summarizeWorkbook(grids, engineOptions(settings, deps));
    const columns: Record<string, ColumnChoice[]> = {};
    for (const sheet of report.sheets) {
      const grid = grids.find((g) => g.name === sheet.sheet);
      if (grid) columns[sheet.sheet] = columnChoices(grid, sheet.headerRows);
    }
    dispatch({ type: 'analyzed', report, settings, columns, tab });
  }

  async function loadSettings(): Promise<Settings> {
    const parsed = settingsSchema.safeParse(await port.loadSettings());
    // Settings written by another version or edited by hand must not stop the pane: start from defaults.
    return parsed.success ? parsed.data : defaultSettings();
  }

  async function saveSettings(settings: Settings, notice?: Notice): Promise<void> {
    await run('save', 'save', async () => {
      await port.saveSettings(settings);
      await analyze(settings);
      return notice;
    });
  }

  return {
    /** Reads the workbook again (the officer may have fixed cells since), checks it and shows `tab`. */
    refresh(tab: TabId): Promise<void> {
      return run('read', 'read', async () => {
        const settings = await loadSettings();
        grids = await port.readSheets(undefined, (done, total) =>
          dispatch({ type: 'progress', done, total }),
        );
        await analyze(settings, tab);
      });
    },

    /** `kind` null goes back to the detected kind. */
    setKind(settings: Settings, sheet: string, kind: SheetKind | null): Promise<void> {
      const kindOverrides = { ...settings.kindOverrides };
      if (kind) kindOverrides[sheet] = kind;
      else delete kindOverrides[sheet];
      return saveSettings({ ...settings, kindOverrides });
    },

    /** `letter` null goes back to the detected column. */
    setColumn(settings: Settings, sheet: string, field: string, letter: string | null): Promise<void> {
      const forSheet = { ...settings.columnOverrides[sheet] };
      if (letter) forSheet[field] = letter;
      else delete forSheet[field];
      return saveSettings({
        ...settings,
        columnOverrides: { ...settings.columnOverrides, [sheet]: forSheet },
      });
    },

    saveThresholds(
      settings: Settings,
      activePreset: string,
      thresholds: Record<MetricId, number>,
    ): Promise<void> {
      return saveSettings({ ...settings, activePreset, thresholds }, { kind: 'settingsSaved' });
    },

    /** Writes the summary sheet (replacing the one written before) and shades the units below target. */
    insertSummary(report: Report, settings: Settings): Promise<void> {
      return run('insert', 'insert', async () => {
        const layout = buildSummaryLayout(report, {
          lang: deps.lang,
          sheetName: settings.summarySheetName,
          appendix: settings.appendix,
        });
        await yieldToHost();
        const { sheetName } = await port.writeSummary(layout);
        await port.clearHighlights();
        await port.highlight(highlightMarks(report));
        return { kind: 'inserted', sheetName };
      });
    },

    clearHighlights(): Promise<void> {
      return run('clear', 'clear', async () => {
        await port.clearHighlights();
        return { kind: 'cleared' };
      });
    },

    async copyNarrative(report: Report): Promise<void> {
      const text = narrativeOf(report);
      if (!text) return dispatch({ type: 'finished', notice: { kind: 'nothingToCopy' } });
      try {
        await deps.copyText(text);
        dispatch({ type: 'finished', notice: { kind: 'copied' } });
      } catch (err) {
        dispatch({ type: 'failed', key: 'copy', detail: messageOf(err) });
      }
    },

    async selectFinding(finding: Finding & { sheet: string }): Promise<void> {
      if (finding.row === null) return;
      try {
        await port.selectCell(finding.sheet, finding.row, finding.column);
      } catch (err) {
        dispatch({ type: 'failed', key: 'select', detail: messageOf(err) });
      }
    },
  };
}
