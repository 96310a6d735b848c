/**
 * What the pane's commands do, as plain async functions over a HostPort and an engine session:
 * read, check, compute, compare with last month, save settings, insert the summary. They report
 * through `dispatch` (see state.ts), so they are tested without React and without Office.
 */
import type { PreviousPeriod } from '../core';
import { readSummary } from '../core';
import { settingsOptions, type Lang } from '../core';
import type { MetricId } from '../core';
import type { ScoreRule } from '../core';
import type { HostPort } from '../core';
import type { Finding, Report, SheetKind } from '../core';
import { defaultSettings, settingsSchema, type AppendixInfo, type Settings } from '../core';
import { buildSummaryLayout, highlightMarks } from '../core';
import type { JobOptions, OnProgress } from '../worker/protocol';
import { Cancelled } from './engine/EngineClient';
import type { EngineSession } from './engine/session';
import type { Action, ErrorKey, Notice, TabId, Task } from './state';

export interface WorkflowDeps {
  port: HostPort;
  /** Reads and analyzes off the main thread. */
  engine: EngineSession;
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
  const { port, engine, dispatch } = deps;
  /** Last month's file, once the officer chose one; its pairs are the officer's. */
  let previous: PreviousPeriod | null = null;
  /** True when `previous` is our earlier summary sheet found in the workbook, not a chosen file. */
  let inWorkbook = false;

  const progress: OnProgress = (phase, done, total) => dispatch({ type: 'progress', phase, done, total });

  function jobOptions(settings: Settings, source = deps.source): JobOptions {
    return { ...settingsOptions(settings), source, lang: deps.lang, previous: previous ?? undefined };
  }

  /** Runs `job` as `task`, turning a failure into the pane's `errorKey` message. */
  async function run(task: Task, errorKey: ErrorKey, job: () => Promise<Notice | void>): Promise<void> {
    dispatch({ type: 'start', task });
    try {
      const notice = await job();
      dispatch({ type: 'finished', notice: notice ?? undefined });
    } catch (err) {
      // A cancel has already put the pane back to ready.
      if (!(err instanceof Cancelled)) dispatch({ type: 'failed', key: errorKey, detail: messageOf(err) });
    }
  }

  async function analyze(settings: Settings, tab?: TabId): Promise<void> {
    dispatch({ type: 'start', task: 'analyze' });
    const { report, matches, columns } = await engine.analyze(jobOptions(settings), progress);
    // An earlier summary of the same period (inserted again this month) compares with nothing: not shown.
    const shown = previous !== null && (matches.length > 0 || !inWorkbook);
    const comparison =
      previous && shown
        ? { source: previous.source, inWorkbook, matches, pairs: { ...previous.pairs } }
        : null;
    dispatch({ type: 'analyzed', report, settings, columns, comparison, tab });
  }

  /** Our "Tổng hợp CCHC" sheet written earlier in this workbook, read back as last period. */
  async function summaryInWorkbook(): Promise<PreviousPeriod | null> {
    const own = (await port.listSheets()).find((s) => s.isOwnSummary);
    if (!own) return null;
    const [grid] = await port.readSheets([own.name]);
    const sheets = grid ? readSummary(grid) : [];
    return sheets.length ? { source: own.name, sheets, pairs: {} } : null;
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
    /**
     * Reads the workbook again (the officer may have fixed cells since), checks it and shows `tab`;
     * without one the officer's current tab stays (they may have moved on while the file was read).
     */
    refresh(tab?: TabId): Promise<void> {
      return run('read', 'read', async () => {
        const settings = await loadSettings();
        await engine.load(progress);
        // A file the officer chose stays; otherwise an earlier summary of ours is last period.
        if (!previous || inWorkbook) {
          previous = await summaryInWorkbook();
          inWorkbook = previous !== null;
        }
        await analyze(settings, tab);
      });
    },

    /** Stops reading or analysis: the pane is ready again and nothing was written. */
    cancel(): void {
      engine.cancel();
      dispatch({ type: 'finished', notice: { kind: 'cancelled' } });
    },

    /** "So sánh với kỳ trước": last month's file, read in the worker, then the report again. */
    comparePrevious(settings: Settings, file: File): Promise<void> {
      return run('previous', 'previous', async () => {
        const read = await engine.readPrevious(file, jobOptions(settings, file.name), progress);
        previous = { ...read, pairs: {} };
        inWorkbook = false;
        await analyze(settings);
      });
    },

    /** Pairs a unit with last month's one of another name (`previousName` null undoes it). */
    pairUnit(settings: Settings, unit: string, previousName: string | null): Promise<void> {
      return run('analyze', 'read', async () => {
        if (!previous) return;
        const pairs = { ...previous.pairs };
        if (previousName) pairs[unit] = previousName;
        else delete pairs[unit];
        previous = { ...previous, pairs };
        await analyze(settings);
      });
    },

    stopComparing(settings: Settings): Promise<void> {
      return run('analyze', 'read', async () => {
        previous = null;
        inWorkbook = false;
        await analyze(settings);
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

    /** `rules` undefined: the preset's own rules. */
    saveScoreRules(
      settings: Settings,
      scorePreset: string,
      scoreRules: ScoreRule[] | undefined,
    ): Promise<void> {
      return saveSettings({ ...settings, scorePreset, scoreRules }, { kind: 'settingsSaved' });
    },

    saveAppendix(settings: Settings, appendix: Partial<AppendixInfo>): Promise<void> {
      return saveSettings({ ...settings, appendix }, { kind: 'settingsSaved' });
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
        // The summary is in: a shading failure (a protected sheet, say) is told, not reported as a failed insert.
        try {
          await port.clearHighlights();
          const outcome = await port.highlight(highlightMarks(report));
          return { kind: 'inserted', sheetName, shading: outcome?.notice };
        } catch (err) {
          return { kind: 'inserted', sheetName, shading: messageOf(err) };
        }
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
