import { useEffect, useMemo, useReducer } from 'react';
import type { HostPort } from '../core';
import { copyText } from './clipboard';
import type { EngineSession } from './engine/session';
import type { Lang } from './i18n';
import { initialState, reducer } from './state';
import { createWorkflow } from './workflow';

/** The pane's state and commands for one workbook; reads it as soon as the pane opens. */
export function useWorkflow(port: HostPort, engine: EngineSession, lang: Lang, source: string) {
  const [state, dispatch] = useReducer(reducer, undefined, initialState);
  const workflow = useMemo(
    () => createWorkflow({ port, engine, lang, source, dispatch, copyText }),
    [port, engine, lang, source],
  );
  useEffect(() => {
    void workflow.refresh('sheets');
  }, [workflow]);
  return { state, dispatch, workflow };
}
