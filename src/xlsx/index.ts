export { XlsxHost } from './XlsxHost';
