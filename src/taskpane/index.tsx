/**
 * Task pane entry. In Excel the pane talks to the Office.js adapter; outside Excel a test may inject a
 * fake host (window.__CCHC_TEST_HOST__, used by test/browser), else the page says to open it from Excel.
 */
import type { HostPort } from '../core';
import { workbookName } from '../excel/document-name';
import { createOfficeHost } from '../excel/office-host';
import { App } from './components/App';
import { EngineClient } from './engine/EngineClient';
import { workerSession } from './engine/session';
import { spawnEngineWorker } from './engine/spawnEngineWorker';
import { NotInExcel } from './components/NotInExcel';
import { SampleLink } from './components/SampleLink';
import { pickLang } from './i18n';
import { mount } from './mount';

declare global {
  interface Window {
    __CCHC_TEST_HOST__?: HostPort;
  }
}

void Office.onReady((info) => {
  const lang = pickLang(Office.context?.displayLanguage);
  const port = info.host === Office.HostType.Excel ? createOfficeHost(lang) : window.__CCHC_TEST_HOST__;
  // Office.js reads the sheets here (async requests); the engine runs in its worker.
  const engine = port && workerSession(new EngineClient(spawnEngineWorker), port);
  mount(
    lang,
    port && engine ? (
      <App
        port={port}
        engine={engine}
        source={workbookName(Office.context?.document?.url, lang)}
        extraActions={() => <SampleLink />}
      />
    ) : (
      <NotInExcel />
    ),
  );
});
