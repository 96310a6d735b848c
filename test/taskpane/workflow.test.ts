/** The pane's commands over the file host and the real engine, without React. */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { summarizeWorkbook } from '../../src/core/engine';
import { DVCQG_2026_RULES } from '../../src/core/metrics/score766';
import type { HostPort } from '../../src/core/port';
import type { Report } from '../../src/core/report';
import { buildSummaryLayout } from '../../src/core/summary';
import { XlsxHost } from '../../src/xlsx/XlsxHost';
import { openWorkbook } from '../../src/xlsx/openWorkbook';
import { EngineClient } from '../../src/taskpane/engine/EngineClient';
import { workerSession } from '../../src/taskpane/engine/session';
import { initialState, reducer, type Action, type AppState } from '../../src/taskpane/state';
import { createWorkflow, narrativeOf } from '../../src/taskpane/workflow';
import { inProcessWorker } from '../helpers/inProcessWorker';
import { previousMonthBytes } from '../helpers/previousMonth';

const FIXTURES = path.resolve(__dirname, '../fixtures');

async function setUp(fixture: string, copyText = jest.fn(async () => undefined)) {
  const host = new XlsxHost(await openWorkbook(fs.readFileSync(path.join(FIXTURES, fixture))));
  let state: AppState = initialState();
  const actions: Action[] = [];
  const dispatch = (a: Action) => {
    actions.push(a);
    state = reducer(state, a);
  };
  // The task pane's arrangement: the port reads here, the engine runs in the (in-process) worker.
  const engine = workerSession(new EngineClient(inProcessWorker), host);
  const workflow = createWorkflow({ port: host, engine, lang: 'vi', source: fixture, dispatch, copyText });
  return { host, workflow, actions, copyText, dispatch, state: () => state };
}

describe('workflow', () => {
  it('reads the workbook with progress, analyzes it and shows the asked step', async () => {
    const { workflow, actions, state } = await setUp('ho-so-an-lao-2024-04.xlsx');
    await workflow.refresh('check');
    const steps = actions.map((a) =>
      a.type === 'progress' ? `${a.phase} ${a.done}/${a.total}` : a.type === 'start' ? a.task : a.type,
    );
    expect(steps).toEqual([
      'read',
      'read 1/2',
      'read 2/2',
      'analyze',
      'check 0/2',
      'check 1/2',
      'compute 0/1',
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

  it('keeps the tab the officer moved to while the workbook was first read', async () => {
    const { workflow, dispatch, state } = await setUp('ho-so-an-lao-2024-04.xlsx');
    const reading = workflow.refresh();
    dispatch({ type: 'tab', tab: 'indicators' });
    await reading;
    expect(state().report?.sheets[0].units).toHaveLength(19);
    expect(state().tab).toBe('indicators');
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

describe('workflow: last month from another file', () => {
  it('compares with the chosen file, lists the unit it cannot match, and takes a pair by hand', async () => {
    const { workflow, state } = await setUp('ho-so-an-lao-2024-04.xlsx');
    await workflow.refresh('report');
    const file = new File([await previousMonthBytes()], 'thang-3.xlsx');
    await workflow.comparePrevious(state().settings, file);
    expect(state().error).toBeNull();
    const sheet = state().report!.sheets[0];
    expect(sheet.previous).toEqual({
      sheet: 'Tháng 3-2024',
      period: expect.objectContaining({ from: '2024-02-15', to: '2024-03-14' }),
    });
    const unit = (bare: string) => sheet.units.find((u) => u.name.endsWith(bare))!;
    expect(unit('An Vinh').change?.onlineRate).toBeCloseTo(16 / 73 - 30 / 73, 10);
    expect(unit('An Vinh').belowTwice).toEqual(['onlineRate']);
    expect(unit('An Tân').change?.onlineRate).toBeCloseTo(36 / 135 - 80 / 135, 10);
    expect(unit('An Tân').belowTwice).toBeUndefined();
    const twice = (names: string) =>
      `Trong đó, ${names.split('; ').length} đơn vị chưa đạt hai kỳ liên tiếp (${names}), đề nghị khắc phục ngay.`;
    // Online: An Tân reached 59,26% last month, An Nghĩa is not matched yet.
    expect(sheet.narrative).toContain(
      twice(
        'Phòng Nội vụ; xã An Hòa; xã An Vinh; Phòng Tài nguyên và Môi trường; xã An Toàn; Phòng Giáo dục và Đào tạo',
      ),
    );

    const nghia = unit('An Nghĩa').name;
    expect(state().comparison).toEqual({
      source: 'thang-3.xlsx',
      inWorkbook: false,
      pairs: {},
      matches: [
        {
          sheet: 'Tháng 4-2024',
          previousSheet: 'Tháng 3-2024',
          matched: 18,
          unmatched: [nghia],
          unmatchedPrevious: ['Xã Nghĩa Hưng'],
        },
      ],
    });
    expect(unit('An Nghĩa').change).toBeUndefined();

    await workflow.pairUnit(state().settings, nghia, 'Xã Nghĩa Hưng');
    const paired = state().report!.sheets[0].units.find((u) => u.name === nghia)!;
    expect(paired.change?.onlineRate).toBe(0);
    expect(paired.belowTwice).toEqual(['onlineRate']);
    expect(state().comparison?.matches[0]).toMatchObject({
      matched: 19,
      unmatched: [],
      unmatchedPrevious: [],
    });
    expect(state().report!.sheets[0].narrative).toContain(
      twice(
        'Phòng Nội vụ; xã An Hòa; xã An Vinh; xã An Nghĩa; Phòng Tài nguyên và Môi trường; xã An Toàn; Phòng Giáo dục và Đào tạo',
      ),
    );

    await workflow.stopComparing(state().settings);
    expect(state().comparison).toBeNull();
    expect(state().report!.sheets[0].units.some((u) => u.change)).toBe(false);
  });

  it('says so in Vietnamese when last month’s file is not a workbook', async () => {
    const { workflow, state } = await setUp('ho-so-an-lao-2024-04.xlsx');
    await workflow.refresh('report');
    await workflow.comparePrevious(state().settings, new File(['STT;Đơn vị\n1;Xã A'], 'thang-3.csv'));
    expect(state().error?.key).toBe('previous');
    expect(state().error?.detail).toMatch(/^Tệp không phải \.xlsx/);
    expect(state().comparison).toBeNull();
  });
});

describe('workflow: cancel', () => {
  it('stops an analysis: the pane is ready, its result never lands, nothing is written', async () => {
    const { host, workflow, state, actions } = await setUp('ho-so-an-lao-2024-04.xlsx');
    await workflow.refresh('sheets');
    const before = state().report;
    const save = jest.spyOn(host, 'saveSettings');
    const running = workflow.saveThresholds(state().settings, 'custom', {
      ...state().report!.thresholds,
      onlineRate: 0.3,
    });
    // Cancel as soon as the analysis has started in the worker.
    await new Promise<void>((resolve) => {
      const wait = () => (state().task === 'analyze' ? resolve() : setTimeout(wait, 0));
      wait();
    });
    workflow.cancel();
    await running;
    expect(state()).toMatchObject({ task: null, error: null, notice: { kind: 'cancelled' } });
    expect(state().report).toBe(before);
    expect(actions.filter((a) => a.type === 'failed')).toEqual([]);
    // Settings were saved before the analysis; the summary was never written.
    expect(save).toHaveBeenCalledTimes(1);
    expect((await host.listSheets()).some((s) => s.isOwnSummary)).toBe(false);
    // The next command starts a fresh worker, which gets the sheets again.
    await workflow.refresh('sheets');
    expect(state().report!.sheets[0].units.filter((u) => u.below.includes('onlineRate'))).toHaveLength(4);
  });
});

describe('workflow: scoring and letter details', () => {
  it('scores by the 2026 preset, then by rules the officer edited, saved in the workbook', async () => {
    const { host, workflow, state } = await setUp('so-hoa-quy-hop-2024-10.xlsx');
    await workflow.refresh('thresholds');
    const quyHop = () => state().report!.sheets[0].units.find((u) => u.name.endsWith('Quỳ Hợp'))!.score766;
    // QĐ 766: số hóa hồ sơ 4 (≥ 80%), kết quả 0,9921 × 6, thanh toán 0,7391 × 6, đồng bộ 0,6651 × 6.
    expect(quyHop()).toMatchObject({ total: 18.37, max: 22 });
    await workflow.saveScoreRules(state().settings, 'dvcqg-2026', undefined);
    expect((await host.loadSettings())?.scorePreset).toBe('dvcqg-2026');
    // 2026: kết quả 0,9921 × 13,2; hồ sơ 8,8 (≥ 80%); thanh toán 0,7391 × 10; no sync block.
    expect(quyHop()).toEqual({
      points: { digitizedResultRate: 13.1, digitizedDossierRate: 8.8, onlinePaymentRate: 7.39 },
      total: 29.29,
      max: 32,
    });
    const rules = DVCQG_2026_RULES.map((r) =>
      r.metrics[0] === 'onlinePaymentRate' ? { ...r, target: 0.7 } : r,
    );
    await workflow.saveScoreRules(state().settings, 'custom', rules);
    expect((await host.loadSettings())?.scoreRules).toEqual(rules);
    expect(quyHop()?.points.onlinePaymentRate).toBe(10);
    expect(state().notice).toEqual({ kind: 'settingsSaved' });
  });

  it('saves the letter details in the workbook and prints them in the summary', async () => {
    const { host, workflow, state } = await setUp('ho-so-an-lao-2024-04.xlsx');
    await workflow.refresh('report');
    const appendix = {
      agency: 'UBND huyện An Lão',
      office: 'Văn phòng HĐND và UBND',
      letterNo: '125',
      letterSuffix: 'VP-CCHC',
      place: 'An Lão',
      signerTitle: 'Chánh Văn phòng',
      signerName: 'Nguyễn Văn An',
    };
    await workflow.saveAppendix(state().settings, appendix);
    expect((await host.loadSettings())?.appendix).toEqual(appendix);
    await workflow.insertSummary(state().report!, state().settings);
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(host.save() as unknown as ArrayBuffer);
    const ws = written.getWorksheet('Tổng hợp CCHC')!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(
      expect.arrayContaining([
        'UBND HUYỆN AN LÃO',
        'VĂN PHÒNG HĐND VÀ UBND',
        'CHÁNH VĂN PHÒNG',
        'Nguyễn Văn An',
      ]),
    );
    expect(texts.some((t) => t.includes('125/VP-CCHC'))).toBe(true);
    expect(texts.some((t) => t.startsWith('An Lão, ngày'))).toBe(true);
  });
});

describe('workflow: last month from our earlier summary sheet', () => {
  it('reads last month’s “Tổng hợp CCHC” found in the workbook back and compares with it', async () => {
    const { host, workflow, state } = await setUp('ho-so-an-lao-2024-04.xlsx');
    // Last month's summary, as the add-in wrote it then, sits in this month's workbook.
    const lastMonth = new XlsxHost(await openWorkbook(await previousMonthBytes()));
    const report = summarizeWorkbook(await lastMonth.readSheets(), { source: 'thang-3.xlsx' });
    await host.writeSummary(buildSummaryLayout(report, { lang: 'vi', sheetName: 'Tổng hợp CCHC' }));

    await workflow.refresh('report');
    expect(state().comparison).toMatchObject({
      source: 'Tổng hợp CCHC',
      inWorkbook: true,
      matches: [{ previousSheet: 'Tháng 3-2024', matched: 18, unmatchedPrevious: ['Xã Nghĩa Hưng'] }],
    });
    const vinh = state().report!.sheets[0].units.find((u) => u.name.endsWith('An Vinh'))!;
    expect(vinh.change?.onlineRate).toBeCloseTo(16 / 73 - 30 / 73, 10);
    expect(vinh.belowTwice).toEqual(['onlineRate']);

    // Inserting this month's summary replaces it: same period, nothing to compare with any more.
    await workflow.insertSummary(state().report!, state().settings);
    await workflow.refresh('report');
    expect(state().comparison).toBeNull();
  });
});
