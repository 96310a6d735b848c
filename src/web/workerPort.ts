/**
 * The standalone page's HostPort: every call goes to the workbook the engine worker opened, so the
 * file is read, written and saved off the main thread.
 */
import type { HostPort } from '../core';
import type { EngineClient } from '../taskpane/engine/EngineClient';
import type { PortMethod } from '../worker/protocol';

export function workerPort(client: EngineClient): HostPort {
  const call = <T>(method: PortMethod, ...args: unknown[]) => client.call<T>({ type: 'port', method, args });
  return {
    listSheets: () => call('listSheets'),
    // A progress callback cannot cross to the worker; the session's own read reports progress.
    readSheets: (names) => call('readSheets', names),
    writeSummary: (layout) => call('writeSummary', layout),
    highlight: (marks) => call('highlight', marks),
    clearHighlights: () => call('clearHighlights'),
    selectCell: (sheet, row, column) => call('selectCell', sheet, row, column),
    loadSettings: () => call('loadSettings'),
    saveSettings: (settings) => call('saveSettings', settings),
  };
}
