/**
 * The officer's settings (thresholds, presets, overrides) stored in the workbook, so a colleague who
 * opens the shared file gets the same figures. They live where the ExcelJS host keeps them (src/xlsx):
 * JSON in A1 of a very hidden sheet, so the web page, the command line and the add-in share them.
 * Validated both ways with the engine's schema. Two syncs each, on ExcelApi 1.1.
 */
import { type Settings, settingsSchema } from '../core';
import { SETTINGS_SHEET } from './sheets';

async function settingsSheetExists(context: Excel.RequestContext): Promise<boolean> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return sheets.items.some((s) => s.name === SETTINGS_SHEET);
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
 * schema refuses): the pane then starts from the defaults, as the ExcelJS host does.
 */
export async function loadSettings(context: Excel.RequestContext): Promise<Settings | null> {
  if (!(await settingsSheetExists(context))) return null;
  const cell = context.workbook.worksheets.getItem(SETTINGS_SHEET).getRange('A1').load('values');
  await context.sync();
  return parseStored(cell.values[0][0]);
}

export async function saveSettings(context: Excel.RequestContext, settings: Settings): Promise<void> {
  const json = JSON.stringify(settingsSchema.parse(settings));
  if (json.length > MAX_CELL_TEXT)
    throw new Error('Cài đặt quá lớn để lưu trong sổ tính (quá nhiều mẫu ngưỡng).');
  const sheet = (await settingsSheetExists(context))
    ? context.workbook.worksheets.getItem(SETTINGS_SHEET)
    : context.workbook.worksheets.add(SETTINGS_SHEET);
  sheet.visibility = 'VeryHidden';
  const cell = sheet.getRange('A1');
  cell.numberFormat = [['@']];
  cell.values = [[json]];
  await context.sync();
}
