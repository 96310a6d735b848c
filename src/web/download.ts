const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves bytes as a file through the browser's download (no server involved). */
export function downloadFile(data: ArrayBuffer, fileName: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "bao-cao-thang-4.xlsx" -> "bao-cao-thang-4-tong-hop.xlsx" (ASCII: old archivers mangle accents). */
export function summaryFileName(source: string): string {
  return `${source.replace(/\.xlsx$/i, '')}-tong-hop.xlsx`;
}
