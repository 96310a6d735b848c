/**
 * The officers' way, timed: the dossier list plus a "Tổng hợp" sheet of COUNTIFS per receiving office
 * (bench/generate.ts countifsSheets), recalculated by LibreOffice headless while converting the workbook
 * to CSV (the first sheet, "Tổng hợp", is what is exported). The workbook carries no cached results and
 * the profile says "always recalculate OOXML on load", so every formula is computed.
 *
 * A fresh profile per run; the profile is first warmed by converting a one-cell workbook (LibreOffice's
 * first start builds its profile), and that warm start-up time is measured too, so the comparison can be
 * read with and without start-up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GEN_DIR } from './cases';
import { writeStreaming } from './generate';
import { runChild } from './measure';

const SOFFICE = '/usr/bin/soffice';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** CSV, comma-separated, "-quoted, UTF-8 (76), first sheet. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1';

export function hasSoffice(): boolean {
  return fs.existsSync(SOFFICE);
}

async function convert(profile: string, input: string, outDir: string) {
  const outcome = await runChild(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      CSV_FILTER,
      '--outdir',
      outDir,
      input,
    ],
    { timeoutMs: 600_000 },
  );
  const csv = path.join(outDir, `${path.basename(input, '.xlsx')}.csv`);
  if (outcome.code !== 0 || !fs.existsSync(csv))
    throw new Error(
      `soffice failed (${outcome.code ?? outcome.signal}): ${outcome.stderr.trim().slice(0, 200)}`,
    );
  return { ms: outcome.wallMs, csv: fs.readFileSync(csv, 'utf8') };
}

export interface CountifsRow {
  office: string;
  received: number;
  online: number;
  onTime: number;
  digitized: number;
}

function parseCsv(text: string): CountifsRow[] {
  const rows = text
    .trim()
    .split(/\r?\n/)
    .map((line) =>
      [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) =>
        m[1].replace(/^"|"$/g, '').replace(/""/g, '"'),
      ),
    );
  return rows.slice(1).map((r) => ({
    office: r[0],
    received: Number(r[1]),
    online: Number(r[2]),
    onTime: Number(r[3]),
    digitized: Number(r[4]),
  }));
}

export interface LibreOfficeResult {
  /** Wall time of `soffice --convert-to csv` on the COUNTIFS workbook (start-up included). */
  convertMs: number;
  /** Wall time of the same conversion of a one-cell workbook: LibreOffice's (warm) start-up. */
  startupMs: number;
  rows: CountifsRow[];
}

export async function timeCountifs(file: string): Promise<LibreOfficeResult> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-lo-'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-lo-out-'));
  try {
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    const tiny = path.join(GEN_DIR, 'one-cell.xlsx');
    if (!fs.existsSync(tiny))
      await writeStreaming(tiny, [{ name: 'A', merges: [], rows: [{ index: 0, cells: [1] }] }]);
    await convert(profile, tiny, outDir); // first start: builds the profile
    // LibreOffice may rewrite registrymodifications.xcu on exit; keep "always recalculate" in force.
    const xcu = path.join(profile, 'user', 'registrymodifications.xcu');
    const current = fs.readFileSync(xcu, 'utf8');
    if (!current.includes('OOXMLRecalcMode'))
      fs.writeFileSync(
        xcu,
        current.replace('</oor:items>', RECALC_ALWAYS.split('\n').slice(2, 4).join('\n') + '\n</oor:items>'),
      );
    const startup = await convert(profile, tiny, outDir);
    const run = await convert(profile, file, outDir);
    return { convertMs: run.ms, startupMs: startup.ms, rows: parseCsv(run.csv) };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
