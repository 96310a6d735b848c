export { XlsxHost } from './XlsxHost';
export { readGrid } from './readGrid';
export { writeLayout } from './writeSummary';
