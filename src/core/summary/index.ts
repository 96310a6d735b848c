export { buildSummaryLayout } from './build';
export { highlightMarks } from './highlights';
export * from './layout';
export * from '../format';
