/**
 * The workbook's file name, shown as the source of the figures. Office gives a local path on the
 * desktop, a SharePoint/OneDrive address on the web (often a `Doc.aspx?...&file=Name.xlsx` page, whose
 * last segment is not the file), and nothing for a workbook never saved.
 */
import type { Lang } from '../core';

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a local path, not a URL: "Tỷ lệ 100%.xlsx"
  }
}

export function workbookName(url: string | null | undefined, lang: Lang): string {
  const unsaved = lang === 'vi' ? 'Sổ tính chưa lưu' : 'Unsaved workbook';
  if (!url) return unsaved;
  const query = /^https?:\/\/[^?#]*\?([^#]*)/i.exec(url)?.[1];
  if (query) {
    const file = query
      .split('&')
      .map((pair) => pair.split('='))
      .find(([key]) => key.toLowerCase() === 'file')?.[1];
    if (file) return decoded(file.replace(/\+/g, ' ')); // a query value: '+' is a space
  }
  const path = url.replace(/[?#].*$/, '');
  const last = path.split(/[\\/]/).pop() ?? '';
  // A web viewer page (Doc.aspx, WopiFrame.aspx, edit.aspx) names no file: say where it is instead.
  if (/\.aspx$/i.test(last) || last === '') return lang === 'vi' ? 'Sổ tính trên web' : 'Workbook on the web';
  return decoded(last);
}
