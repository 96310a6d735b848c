/**
 * Microsoft's real Excel JavaScript client library (the OfficeExtension runtime and the Excel object
 * model of excel-web-16.00.debug.js from @microsoft/office-js) loaded once into a node `vm` context. The
 * adapter under test calls its proxies, so every request is built and serialized by Office.js itself;
 * only the transport is ours: `SessionBase._overrideSession` hands the library a request executor that
 * answers from an in-memory workbook (executor.ts).
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** Wire request as Office.js posts it (RequestMessageBody). */
export interface WireRequest {
  Actions: WireAction[];
  ObjectPaths: Record<string, WirePath>;
}

export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface WirePath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

export interface WireResponse {
  HttpStatusCode: number;
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: unknown;
}

export interface WireExecutor {
  executeAsync(
    customData: unknown,
    requestFlags: number,
    message: { Url: string; Headers: Record<string, string>; Body: WireRequest },
  ): Promise<WireResponse>;
}

/** Requirement sets the session answers for; the library asks it (delayForCellEdit, undo flags). */
export type IsSetSupported = (name: string, version?: string) => boolean;

interface Library {
  Excel: { run: typeof Excel.run };
  OfficeExtension: { SessionBase: { _overrideSession: unknown } };
}

const LIBRARY = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
/** The file bundles Office's common API, then OfficeExtension + Excel; we load only the latter. */
const START = /var OfficeExtension;\r?\n\(function \(OfficeExtension\) {\r?\n {4}var _Internal;/;
const END = 'var _EndExcel = "_EndExcel";';

let loaded: { library: Library; requirements: { current: IsSetSupported } } | null = null;

function load() {
  if (loaded) return loaded;
  const text = readFileSync(LIBRARY, 'utf8');
  const from = text.lastIndexOf('var __extends', text.search(START));
  const to = text.indexOf(END);
  if (from < 0 || to < 0) throw new Error(`${LIBRARY}: layout changed, cannot find the Excel library`);
  const requirements = { current: (() => false) as IsSetSupported };
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    Promise,
    navigator: { userAgent: 'node' },
    Office: {
      context: {
        requirements: { isSetSupported: (name: string, v?: string) => requirements.current(name, v) },
      },
    },
  };
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(text.slice(from, to + END.length), sandbox, { filename: 'excel-web-16.00.debug.js' });
  loaded = { library: sandbox as unknown as Library, requirements };
  return loaded;
}

/**
 * Excel.run of the real library, bound to one executor and one set of requirement answers. Tests run
 * one batch at a time, so the library's single override slot is set per run.
 */
export function wireRun(executor: WireExecutor, isSetSupported: IsSetSupported): typeof Excel.run {
  const { library, requirements } = load();
  const session = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: 'https://wire.invalid', headers: {} }),
    _createRequestExecutorOrNull: () => executor,
    getEventRegistration: () => null,
  };
  return ((...args: unknown[]) => {
    requirements.current = isSetSupported;
    library.OfficeExtension.SessionBase._overrideSession = session;
    return (library.Excel.run as (...a: unknown[]) => Promise<unknown>)(...args);
  }) as typeof Excel.run;
}
