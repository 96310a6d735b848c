import { startTransition, useCallback, useEffect, useMemo, useReducer } from 'react';
import type { Action } from './state';
import type { HostPort } from '../core';
import { copyText } from './clipboard';
import type { EngineSession } from './engine/session';
import type { Lang } from './i18n';
import { initialState, reducer } from './state';
import { createWorkflow } from './workflow';

/** The pane's state and commands for one workbook; reads it as soon as the pane opens. */
export function useWorkflow(port: HostPort, engine: EngineSession, lang: Lang, source: string) {
  const [state, rawDispatch] = useReducer(reducer, undefined, initialState);
  // A new report or another tab redraws whole panels: as a transition React draws them in slices,
  // keeping the page (and Office, which restarts a pane that stops answering) responsive.
  const dispatch = useCallback(
    (action: Action) =>
      action.type === 'analyzed' || action.type === 'tab'
        ? startTransition(() => rawDispatch(action))
        : rawDispatch(action),
    [],
  );
  const workflow = useMemo(
    () => createWorkflow({ port, engine, lang, source, dispatch, copyText }),
    [port, engine, lang, source, dispatch],
  );
  useEffect(() => {
    void workflow.refresh();
  }, [workflow]);
  return { state, dispatch, workflow };
}
