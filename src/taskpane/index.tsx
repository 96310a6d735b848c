/**
 * Task pane entry. In Excel the pane talks to the Office.js adapter; outside Excel a test may inject a
 * fake host (window.__CCHC_TEST_HOST__, used by test/browser), else the page says to open it from Excel.
 */
import type { HostPort } from '../core';
import { createOfficeHost } from '../excel/office-host';
import { App } from './components/App';
import { NotInExcel } from './components/NotInExcel';
import { SampleLink } from './components/SampleLink';
import { pickLang } from './i18n';
import { mount } from './mount';

declare global {
  interface Window {
    __CCHC_TEST_HOST__?: HostPort;
  }
}

/** "Báo cáo tháng 4.xlsx" from the document's path or URL. */
function workbookName(): string {
  const last = (Office.context?.document?.url ?? '').split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a local path, not a URL: "Tỷ lệ 100%.xlsx"
  }
}

void Office.onReady((info) => {
  const lang = pickLang(Office.context?.displayLanguage);
  const port = info.host === Office.HostType.Excel ? createOfficeHost() : window.__CCHC_TEST_HOST__;
  mount(
    lang,
    port ? <App port={port} source={workbookName()} extraActions={() => <SampleLink />} /> : <NotInExcel />,
  );
});
