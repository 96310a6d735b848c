/**
 * xl/styles.xml, patched by appending: new fonts, fills, borders, number formats and cell formats go
 * after the existing ones, whose indexes (used by every cell of the workbook) stay as they are.
 */
const BLOCKS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const;
type Block = (typeof BLOCKS)[number];
const CHILD: Record<Block, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
};

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Sets (or adds) an attribute on an element's start tag. */
export function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}=)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/^(<[\w:]+)/, `$1 ${name}="${value}"`);
}

/** The stylesheet's elements in schema order: a missing block goes before the first later one present. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'];

function insertionPoint(text: string, block: Block, p: string): number {
  for (const later of ORDER.slice(ORDER.indexOf(block) + 1)) {
    const m = new RegExp(`<${p}${later}\\b`).exec(text);
    if (m) return m.index;
  }
  const end = text.lastIndexOf(`</${p}styleSheet>`);
  return end < 0 ? text.length : end;
}

export class StyleBook {
  /** Namespace prefix of the stylesheet's elements ("" or "x:"). */
  readonly prefix: string;
  private readonly existing: Record<Block, number>;
  private readonly added: Record<Block, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellXfs: [],
  };
  private readonly xfs: string[];
  private nextNumFmt: number;
  private readonly cache = new Map<string, number>();

  constructor(private readonly text: string) {
    this.prefix = /<(\w+:)?styleSheet\b/.exec(text)?.[1] ?? '';
    this.xfs = this.children('cellXfs');
    this.existing = {
      numFmts: this.children('numFmts').length,
      fonts: this.children('fonts').length,
      fills: this.children('fills').length,
      borders: this.children('borders').length,
      cellXfs: this.xfs.length,
    };
    const ids = [...(this.blockOf('numFmts')?.inner ?? '').matchAll(/numFmtId="(\d+)"/g)].map((m) => +m[1]);
    this.nextNumFmt = Math.max(163, ...ids) + 1;
  }

  private blockOf(block: Block): { start: number; end: number; inner: string; open: string } | null {
    const p = this.prefix.replace(':', '\\:');
    const re = new RegExp(`<${p}${block}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}${block}>)`);
    const m = re.exec(this.text);
    if (!m) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      inner: m[1] ?? '',
      open: /^<[^>]*?(?=\/?>)/.exec(m[0])![0],
    };
  }

  private children(block: Block): string[] {
    const inner = this.blockOf(block)?.inner ?? '';
    const p = this.prefix.replace(':', '\\:');
    const c = CHILD[block];
    return inner.match(new RegExp(`<${p}${c}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${c}>)`, 'g')) ?? [];
  }

  /** Adds the element (without prefix: it is added here) once; returns its index in its block. */
  private add(block: Block, xml: string): number {
    const key = `${block}|${xml}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const list = this.added[block];
    list.push(this.prefix ? xml.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${this.prefix}`) : xml);
    const index = this.existing[block] + list.length - 1;
    this.cache.set(key, index);
    return index;
  }

  font(xml: string): number {
    return this.add('fonts', xml);
  }
  fill(xml: string): number {
    return this.add('fills', xml);
  }
  border(xml: string): number {
    return this.add('borders', xml);
  }
  numFmt(code: string): number {
    const key = `numFmtCode|${code}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.add(
      'numFmts',
      `<numFmt numFmtId="${id}" formatCode="${code.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>`,
    );
    this.cache.set(key, id);
    return id;
  }
  xf(xml: string): number {
    return this.add('cellXfs', xml);
  }

  /** A copy of cell format `s` with another fill: the cell keeps its font, borders and number format. */
  withFill(s: number, fillId: number): number {
    const key = `withFill|${s}|${fillId}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const base =
      this.xfs[s] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const start = /^<[^>]*?(?=\/?>)/.exec(base)![0];
    const tag = withAttribute(withAttribute(start, 'fillId', String(fillId)), 'applyFill', '1');
    const xml = tag + base.slice(start.length);
    this.added.cellXfs.push(xml);
    const index = this.existing.cellXfs + this.added.cellXfs.length - 1;
    this.cache.set(key, index);
    return index;
  }

  /** The stylesheet with the additions; unchanged text when nothing was added. */
  toXml(): string {
    let text = this.text;
    // From the last block to the first, so earlier offsets stay valid.
    for (const block of [...BLOCKS].reverse()) {
      const extra = this.added[block];
      if (!extra.length) continue;
      const b = this.blockOf(block);
      const count = this.existing[block] + extra.length;
      const p = this.prefix;
      if (b) {
        const open = withAttribute(b.open, 'count', String(count));
        text = `${text.slice(0, b.start)}${open}>${b.inner}${extra.join('')}</${p}${block}>${text.slice(b.end)}`;
      } else {
        const at = insertionPoint(text, block, p);
        text = `${text.slice(0, at)}<${p}${block} count="${count}">${extra.join('')}</${p}${block}>${text.slice(at)}`;
      }
    }
    return text;
  }
}
