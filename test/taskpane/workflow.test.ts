/** The pane's commands over the ExcelJS host and the real engine, without React. */
import fs from 'node:fs';
import path from 'node:path';
import type { HostPort } from '../../src/core/port';
import type { Report } from '../../src/core/report';
import { XlsxHost } from '../../src/xlsx/XlsxHost';
import { openWorkbook } from '../../src/xlsx/openWorkbook';
import { initialState, reducer, type Action, type AppState } from '../../src/taskpane/state';
import { createWorkflow, narrativeOf } from '../../src/taskpane/workflow';

const FIXTURES = path.resolve(__dirname, '../fixtures');

async function setUp(fixture: string, copyText = jest.fn(async () => undefined)) {
  const host = new XlsxHost(await openWorkbook(fs.readFileSync(path.join(FIXTURES, fixture))));
  let state: AppState = initialState();
  const actions: Action[] = [];
  const dispatch = (a: Action) => {
    actions.push(a);
    state = reducer(state, a);
  };
  const workflow = createWorkflow({ port: host, lang: 'vi', source: fixture, dispatch, copyText });
  return { host, workflow, actions, copyText, state: () => state };
}

describe('workflow', () => {
  it('reads the workbook with progress, analyzes it and shows the asked step', async () => {
    const { workflow, actions, state } = await setUp('ho-so-an-lao-2024-04.xlsx');
    await workflow.refresh('check');
    expect(actions.map((a) => a.type)).toEqual([
      'start',
      'progress',
      'progress',
      'start',
      'analyzed',
      'finished',
    ]);
    expect(state()).toMatchObject({ tab: 'check', task: null, error: null });
    const report = state().report as Report;
    expect(report.source).toBe('ho-so-an-lao-2024-04.xlsx');
    expect(report.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ['Tháng 4-2024', 'dossier-stats'],
      ['Ghi chú', 'unknown'],
    ]);
    expect(state().columns['Tháng 4-2024'].length).toBeGreaterThan(10);
  });

  it('stores a corrected kind in the workbook and re-analyzes without reading again', async () => {
    const { host, workflow, state } = await setUp('ho-so-an-lao-2024-04.xlsx');
    await workflow.refresh('sheets');
    const read = jest.spyOn(host, 'readSheets');
    await workflow.setKind(state().settings, 'Ghi chú', 'dossier-stats');
    expect(read).not.toHaveBeenCalled();
    expect((await host.loadSettings())?.kindOverrides).toEqual({ 'Ghi chú': 'dossier-stats' });
    expect(state().report?.sheets[1].kind).toBe('dossier-stats');
    await workflow.setKind(state().settings, 'Ghi chú', null);
    expect((await host.loadSettings())?.kindOverrides).toEqual({});
    expect(state().report?.sheets[1].kind).toBe('unknown');
  });

  it('saves thresholds and marks units against them', async () => {
    const { host, workflow, state } = await setUp('ho-so-an-lao-2024-04.xlsx');
    await workflow.refresh('thresholds');
    const belowOnline = () =>
      state().report!.sheets[0].units.filter((u) => u.below.includes('onlineRate')).length;
    expect(belowOnline()).toBe(8);
    await workflow.saveThresholds(state().settings, 'custom', {
      ...state().report!.thresholds,
      onlineRate: 0.3,
    });
    expect(state().notice).toEqual({ kind: 'settingsSaved' });
    expect((await host.loadSettings())?.thresholds.onlineRate).toBe(0.3);
    expect(belowOnline()).toBe(4);
  });

  it('inserts the summary twice into one sheet and shades the units below target', async () => {
    const { host, workflow, state } = await setUp('ho-so-an-lao-2024-04.xlsx');
    await workflow.refresh('indicators');
    await workflow.insertSummary(state().report!, state().settings);
    await workflow.insertSummary(state().report!, state().settings);
    expect(state().notice).toEqual({ kind: 'inserted', sheetName: 'Tổng hợp CCHC' });
    const names = (await host.listSheets()).map((s) => s.name);
    expect(names.filter((n) => n.startsWith('Tổng hợp CCHC'))).toEqual(['Tổng hợp CCHC']);
    // Reading again leaves the add-in's own summary out.
    await workflow.refresh('sheets');
    expect(state().report!.sheets.map((s) => s.sheet)).not.toContain('Tổng hợp CCHC');
  });

  it('a shading failure after the summary is in is told in the notice, not as a failed insert', async () => {
    const { host, workflow, state } = await setUp('ho-so-an-lao-2024-04.xlsx');
    await workflow.refresh('indicators');
    jest.spyOn(host, 'highlight').mockRejectedValue(new Error('Sheet “Tháng 4-2024” đang được bảo vệ.'));
    await workflow.insertSummary(state().report!, state().settings);
    expect(state().error).toBeNull();
    expect(state().notice).toEqual({
      kind: 'inserted',
      sheetName: 'Tổng hợp CCHC',
      shading: 'Sheet “Tháng 4-2024” đang được bảo vệ.',
    });
    // An Office host tells what it left out (the ExcelJS host never has to).
    const port: HostPort = host;
    jest
      .spyOn(port, 'highlight')
      .mockResolvedValue({ notice: 'Sheet “Tháng 4-2024” đang được bảo vệ nên chưa tô màu.' });
    await workflow.insertSummary(state().report!, state().settings);
    expect(state().notice).toMatchObject({
      shading: 'Sheet “Tháng 4-2024” đang được bảo vệ nên chưa tô màu.',
    });
  });

  it('copies every sheet’s paragraph, or says there is none', async () => {
    const { workflow, state, copyText } = await setUp('ho-so-an-lao-2024-04.xlsx');
    await workflow.refresh('indicators');
    await workflow.copyNarrative(state().report!);
    expect(copyText).toHaveBeenCalledWith(narrativeOf(state().report!));
    expect(narrativeOf(state().report!)).toContain('98,68%');
    expect(state().notice).toEqual({ kind: 'copied' });
    await workflow.copyNarrative({ ...state().report!, sheets: [] });
    expect(state().notice).toEqual({ kind: 'nothingToCopy' });
  });

  it('turns host failures into the pane’s messages, keeping the host’s words', async () => {
    const refused = jest.fn(async () => {
      throw new Error('Clipboard blocked');
    });
    const { host, workflow, state } = await setUp('ho-so-an-lao-2024-04.xlsx', refused);
    jest.spyOn(host, 'readSheets').mockRejectedValueOnce(new Error('RichApi.Error: GeneralException'));
    await workflow.refresh('sheets');
    expect(state()).toMatchObject({
      task: null,
      error: { key: 'read', detail: 'RichApi.Error: GeneralException' },
    });
    await workflow.refresh('sheets');
    await workflow.copyNarrative(state().report!);
    expect(state().error).toEqual({ key: 'copy', detail: 'Clipboard blocked' });
  });

  it('selects the cell of a finding, not of a whole-sheet one', async () => {
    const { host, workflow } = await setUp('loi-so-lieu-2024-06.xlsx');
    const select = jest.spyOn(host, 'selectCell');
    const base = {
      severity: 'error' as const,
      code: 'not-a-number' as const,
      message: '',
      sheet: 'Bao cao loi',
    };
    await workflow.selectFinding({ ...base, row: 13, column: 'D' });
    await workflow.selectFinding({ ...base, row: null });
    expect(select.mock.calls).toEqual([['Bao cao loi', 13, 'D']]);
  });
});
