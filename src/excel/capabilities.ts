/**
 * What the running Excel can do above the ExcelApi 1.1 floor declared in manifest.xml. Every call to an
 * API newer than 1.1 sits behind one of these flags (test/excel/requirement-guard.test.ts checks it), so
 * an older Excel loses a refinement (merged headers, print setup), never the command.
 */

/** Capability -> the ExcelApi requirement set that brings it. */
export const CAPABILITY_VERSIONS = {
  /** Range.merge / unmerge. */
  merge: '1.2',
  /** format.columnWidth / rowHeight. */
  sizing: '1.2',
  /** Worksheet.protection (is the sheet protected?) and setting Worksheet.visibility. */
  sheetProtection: '1.2',
  /** getItemOrNullObject, getUsedRangeOrNullObject (with valuesOnly). */
  nullObjects: '1.4',
  /** names.add, NamedItem.delete: the defined name that marks our summary sheet. */
  definedNames: '1.4',
  freezePanes: '1.7',
  /** Workbook.protection: is the structure (adding, hiding, renaming sheets) protected? */
  workbookProtection: '1.7',
  /** ChartSeries.chartType: the target drawn as a line over the bars. */
  chartTypes: '1.7',
  pageLayout: '1.9',
  /** Range.getMergedAreasOrNullObject: without it the engine infers merged headers itself. */
  mergedAreas: '1.13',
} as const;

export type CapabilityName = keyof typeof CAPABILITY_VERSIONS;
export type Capabilities = Readonly<Record<CapabilityName, boolean>>;

export function detectCapabilities(
  isSupported: (version: string) => boolean = (version) =>
    Office.context.requirements.isSetSupported('ExcelApi', version),
): Capabilities {
  const caps = {} as Record<CapabilityName, boolean>;
  for (const [name, version] of Object.entries(CAPABILITY_VERSIONS))
    caps[name as CapabilityName] = isSupported(version);
  return caps;
}
