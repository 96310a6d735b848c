const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/** Saves bytes as a file through the browser's download (no server involved). */
export function downloadFile(data: ArrayBuffer, fileName: string): void {
  const type = /\.xlsm$/i.test(fileName) ? XLSM_TYPE : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "bao-cao-thang-4.xlsx" -> "bao-cao-thang-4-tong-hop.xlsx" (ASCII: old archivers mangle accents); a
 * workbook with macros stays .xlsm, the only type Excel opens it as.
 */
export function summaryFileName(source: string, macroEnabled = false): string {
  return `${source.replace(/\.xls[xm]$/i, '')}-tong-hop.${macroEnabled ? 'xlsm' : 'xlsx'}`;
}
