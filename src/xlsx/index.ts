export { XlsxHost } from './XlsxHost';
export { openWorkbook, UnreadableWorkbook } from './openWorkbook';
