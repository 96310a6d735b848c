export { XlsxHost } from './XlsxHost';
export { openWorkbook } from './openWorkbook';
