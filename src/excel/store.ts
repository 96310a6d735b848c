/**
 * Small key/value store kept inside the workbook file: Office's document settings (the add-in's
 * property bag). It works on every Excel that runs the add-in (ExcelApi 1.1 included) and is private to
 * this add-in's manifest Id; ExcelJS does not keep it, so it holds only what the Office host alone needs
 * (highlight backups, and the summary's id where defined names cannot be written).
 */

export interface DocumentStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  /** Writes pending changes into the document (the officer still saves the file as usual). */
  save(): Promise<void>;
}

/** Keys of everything the add-in keeps in the workbook. */
export const STORE_KEYS = {
  summary: 'bao-cao-cchc.summary',
  highlights: 'bao-cao-cchc.highlights',
} as const;

export function officeDocumentStore(
  settings: Office.Settings = Office.context.document.settings,
): DocumentStore {
  return {
    get: (key) => settings.get(key) ?? undefined,
    set: (key, value) => settings.set(key, value),
    remove: (key) => settings.remove(key),
    save: () =>
      new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
        ),
      ),
  };
}
