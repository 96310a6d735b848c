/**
 * Static check: every use of an Excel API member newer than the ExcelApi version declared in manifest.xml
 * must sit behind a capability flag (src/excel/capabilities.ts) whose requirement set is at least the
 * member's. The convention, checked line by line after comments and string contents are blanked:
 *
 *   1. same line:      `if (caps.nullObjects) return sheet.getUsedRangeOrNullObject(true);`
 *                      `const r = caps.merge ? range.merge() : ...;` (keep such a ternary on one line)
 *   2. guarded block:  a `{ ... }` block opened on a line whose `if (...)` names `caps.x` without `!`
 *                      (the `else` branch of that `if` is NOT guarded)
 *   3. early return:   `if (!caps.x) return ...;` guards the rest of the enclosing block (a function body)
 *
 * Member versions come from the ExcelApi requirement-set tables at learn.microsoft.com
 * (javascript/api/requirement-sets/excel/excel-api-*-requirement-set).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CAPABILITY_VERSIONS } from '../../src/excel/capabilities';

const ROOT = path.resolve(__dirname, '../..');

/** Member pattern -> ExcelApi version that introduced it. */
const MEMBERS: [RegExp, string][] = [
  [/\.merge\(/, '1.2'],
  [/\.unmerge\(/, '1.2'],
  [/\.autofitColumns\(/, '1.2'],
  [/\.autofitRows\(/, '1.2'],
  [/\.columnWidth\b/, '1.2'],
  [/\.rowHeight\b/, '1.2'],
  [/\.getUsedRange\(\s*true/, '1.2'],
  [/\.protection\b/, '1.2'],
  // Worksheet.visibility is readable on 1.1 but settable only from 1.2.
  [/\.visibility\s*=(?!=)/, '1.2'],
  [/\.getUsedRangeOrNullObject\(/, '1.4'],
  [/\.getItemOrNullObject\(/, '1.4'],
  [/\.getIntersectionOrNullObject\(/, '1.4'],
  [/\bworkbook\.settings\b/, '1.4'],
  [/\bnames\.add\(/, '1.4'],
  [/\bnames\.getItem\([^)]*\)\.delete\(/, '1.4'],
  [/\.getCount\(/, '1.4'],
  [/\.customXmlParts\b/, '1.5'],
  [/\.conditionalFormats\b/, '1.6'],
  [/\.suspendApiCalculationUntilNextSync\(/, '1.6'],
  [/\.freezePanes\b/, '1.7'],
  [/\.getRangeByIndexes\(/, '1.7'],
  [/\.tabColor\b/, '1.7'],
  [/\.getResizedRange\(/, '1.7'],
  [/\.numberFormatLocal\b/, '1.7'],
  [/\.chartType\b/, '1.7'],
  [/\bworkbook\.properties\b/, '1.7'],
  [/\bworkbook\.protection\b/, '1.7'],
  [/\.showGridlines\b/, '1.8'],
  [/\.enableEvents\b/, '1.8'],
  [/\.pageLayout\b/, '1.9'],
  [/\.suspendScreenUpdatingUntilNextSync\(/, '1.9'],
  [/\.horizontalPageBreaks\b/, '1.9'],
  [/\.getCellProperties\(/, '1.9'],
  [/\.getSpecialCells(OrNullObject)?\(/, '1.9'],
  [/\.getMergedAreasOrNullObject\(/, '1.13'],
  [/\.valuesAsJson\b/, '1.16'],
];

const version = (v: string) => {
  const [major, minor] = v.split('.').map(Number);
  return major * 1000 + minor;
};

/** Blanks comments and the contents of string literals, keeping line breaks and code structure. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, (m) => m[0] + ' '.repeat(m.length - 2) + m[0])
    .replace(/\/\/.*$/gm, '');
}

export interface Violation {
  line: number;
  member: string;
  needs: string;
}

export function findUnguarded(source: string, floor: string): Violation[] {
  const violations: Violation[] = [];
  const stack: Set<string>[] = [new Set()];
  codeOnly(source)
    .split('\n')
    .forEach((line, i) => {
      // `caps.x || other` proves nothing about caps.x, so such a line guards nothing.
      const onLine = /\|\|/.test(line)
        ? new Set<string>()
        : new Set([...line.matchAll(/(?<!!)\bcaps\.(\w+)/g)].map((m) => m[1]));
      const active = new Set([...onLine, ...stack.flatMap((s) => [...s])]);
      for (const [pattern, needs] of MEMBERS) {
        if (version(needs) <= version(floor) || !pattern.test(line)) continue;
        const ok = [...active].some(
          (cap) =>
            cap in CAPABILITY_VERSIONS &&
            version(CAPABILITY_VERSIONS[cap as keyof typeof CAPABILITY_VERSIONS]) >= version(needs),
        );
        if (!ok) violations.push({ line: i + 1, member: pattern.source, needs });
      }
      // `if (!caps.x || other) return` guards x; with `&&` it does not.
      const early = /\bif\s*\(\s*!caps\.(\w+)\b(?:(?!&&).)*\)\s*return\b/.exec(line);
      if (early) stack[stack.length - 1].add(early[1]);
      const opensGuard = /\bif\s*\(/.test(line) && !/\belse\b/.test(line) ? onLine : new Set<string>();
      for (const ch of line) {
        if (ch === '{') stack.push(new Set(opensGuard));
        else if (ch === '}' && stack.length > 1) stack.pop();
      }
    });
  return violations;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(
  fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'),
)?.[1];

describe('(g) Excel API members above the declared requirement set are behind a capability check', () => {
  test('manifest.xml declares ExcelApi 1.1', () => {
    expect(declared).toBe('1.1');
  });

  test('src/excel uses newer members, and every use is guarded', () => {
    const files = sourceFiles(path.join(ROOT, 'src/excel'));
    const report = files.flatMap((f) =>
      findUnguarded(fs.readFileSync(f, 'utf8'), declared!).map(
        (v) => `${path.relative(ROOT, f)}:${v.line} ${v.member} (ExcelApi ${v.needs})`,
      ),
    );
    expect(report).toEqual([]);
    const uses = files.reduce(
      (n, f) =>
        n +
        MEMBERS.filter(([p]) => new RegExp(p.source, 'g').test(codeOnly(fs.readFileSync(f, 'utf8')))).length,
      0,
    );
    expect(uses).toBeGreaterThanOrEqual(6); // merge, sizes, null objects, freeze, page layout, merged areas
  });

  test('the checker catches unguarded, under-guarded and else-branch uses', () => {
    const cases: [string, number][] = [
      ['range.merge(false);', 1],
      ['if (caps.merge) range.merge(false);', 0],
      ['if (caps.merge) sheet.freezePanes.freezeRows(1);', 1], // 1.2 does not cover 1.7
      ['if (caps.pageLayout) {\n  sheet.pageLayout.orientation = x;\n}\nsheet.pageLayout.zoom = y;', 1],
      ['if (caps.merge) {\n  range.merge();\n} else {\n  range.merge();\n}', 1],
      [
        'function f() {\n  if (!caps.sizing) return;\n  r.format.columnWidth = 1;\n}\nr.format.rowHeight = 2;',
        1,
      ],
      ['if (!caps.mergedAreas) {\n  r.getMergedAreasOrNullObject();\n}', 1],
      ["// r.getMergedAreasOrNullObject() in a comment\nconst s = 'x.pageLayout';", 0],
      ['const a = caps.nullObjects ? s.getItemOrNullObject(n) : s.getItem(n);', 0],
      ['if (caps.merge || wide) range.merge();', 1],
      ['function f() {\n  if (!caps.sizing && wide) return;\n  r.format.columnWidth = 1;\n}', 1],
      ['function f() {\n  if (!caps.sizing || !wide) return;\n  r.format.columnWidth = 1;\n}', 0],
    ];
    expect(cases.map(([src]) => findUnguarded(src, '1.1').length)).toEqual(cases.map(([, n]) => n));
  });
});
