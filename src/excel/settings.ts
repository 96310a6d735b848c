/**
 * The officer's settings (thresholds, presets, overrides) stored in the workbook, so a colleague who
 * opens the shared file gets the same figures. They live where the file host keeps them (src/xlsx):
 * JSON in A1 of a very hidden sheet, so the web page, the command line and the add-in share them.
 * Validated both ways with the engine's schema. Two syncs each, on ExcelApi 1.1. Hiding the sheet
 * very hidden needs ExcelApi 1.2 (1.1 only reads visibility): below it the sheet stays visible.
 */
import type { Lang } from '../core';
import { type Settings, settingsSchema } from '../core';
import { type Capabilities } from './capabilities';
import { adapterMessages } from './office-errors';
import { SETTINGS_SHEET } from './sheets';

async function settingsSheetExists(context: Excel.RequestContext): Promise<boolean> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return sheets.items.some((s) => s.name === SETTINGS_SHEET);
}

/** Whether Excel will refuse to add the sheet (Review > Protect Workbook); ExcelApi 1.7 can tell. */
function queueStructureCheck(context: Excel.RequestContext, caps: Capabilities) {
  return caps.workbookProtection ? context.workbook.protection.load('protected') : null;
}

/** Excel refuses longer text in one cell. */
const MAX_CELL_TEXT = 32_767;

function parseStored(text: unknown): Settings | null {
  if (typeof text !== 'string' || text === '') return null;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * null when the workbook has no settings, or none this version can use (unreadable JSON, values the
 * schema refuses): the pane then starts from the defaults, as the file host does.
 */
export async function loadSettings(context: Excel.RequestContext): Promise<Settings | null> {
  if (!(await settingsSheetExists(context))) return null;
  const cell = context.workbook.worksheets.getItem(SETTINGS_SHEET).getRange('A1').load('values');
  await context.sync();
  return parseStored(cell.values[0][0]);
}

export async function saveSettings(
  context: Excel.RequestContext,
  caps: Capabilities,
  settings: Settings,
  lang: Lang = 'vi',
): Promise<void> {
  const json = JSON.stringify(settingsSchema.parse(settings));
  if (json.length > MAX_CELL_TEXT)
    throw new Error(
      lang === 'vi'
        ? 'Cài đặt quá lớn để lưu trong sổ tính (quá nhiều mẫu ngưỡng).'
        : 'The settings are too large to keep in the workbook (too many threshold presets).',
    );
  const structure = queueStructureCheck(context, caps);
  const exists = await settingsSheetExists(context);
  if (!exists && structure?.protected) throw new Error(adapterMessages.structureProtected(lang));
  const sheet = exists
    ? context.workbook.worksheets.getItem(SETTINGS_SHEET)
    : context.workbook.worksheets.add(SETTINGS_SHEET);
  if (!exists && caps.sheetProtection) sheet.visibility = 'VeryHidden';
  const cell = sheet.getRange('A1');
  cell.numberFormat = [['@']];
  cell.values = [[json]];
  await context.sync();
}
