export { buildSummaryLayout, type SummaryOptions } from './build';
export { highlightMarks } from './highlights';
export { narrate } from './narrative';
export * from './layout';
export * from '../format';
