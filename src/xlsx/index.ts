export { XlsxHost, SUMMARY_NAME, SETTINGS_SHEET } from './XlsxHost';
export { readGrid } from './readGrid';
export { writeLayout } from './writeSummary';
