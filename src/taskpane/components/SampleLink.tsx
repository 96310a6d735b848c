import { Button } from '@fluentui/react-components';
import { DocumentTableRegular } from '@fluentui/react-icons';
import { useI18n } from './i18nContext';

const SAMPLE_PATH = 'assets/tep-mau-cchc.xlsx';

/**
 * Opens the sample workbook served with the add-in. Webviews inside Office do not download files,
 * so the file goes to the system browser (OpenBrowserWindowApi), which hands it to Excel.
 */
export function SampleLink() {
  const { t } = useI18n();
  const open = () => {
    const url = new URL(SAMPLE_PATH, window.location.href).href;
    if (Office.context?.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1'))
      Office.context.ui.openBrowserWindow(url);
    else window.open(url, '_blank');
  };
  return (
    <Button appearance="subtle" icon={<DocumentTableRegular />} onClick={open}>
      {t.sample}
    </Button>
  );
}
