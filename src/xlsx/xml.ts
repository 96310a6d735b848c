/**
 * XML events over a part's text as it inflates (saxes: a maintained, conformant streaming parser),
 * element names without their namespace prefix ("x:row" -> "row": some writers prefix everything).
 */
import { SaxesParser } from 'saxes';
import { UnreadableWorkbook } from './zip';

export interface XmlHandlers {
  open?(name: string, attrs: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

const local = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

export function parseXml(pieces: Iterable<string>, h: XmlHandlers, part: string): void {
  const parser = new SaxesParser({ xmlns: false });
  if (h.open) {
    const open = h.open;
    parser.on('opentag', (tag) => open(local(tag.name), tag.attributes as Record<string, string>));
  }
  if (h.text) parser.on('text', h.text);
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (tag) => close(local(tag.name)));
  }
  try {
    for (const piece of pieces) parser.write(piece);
    parser.close();
  } catch (err) {
    if (err instanceof UnreadableWorkbook) throw err;
    throw new UnreadableWorkbook(
      `Tệp hỏng, không đọc được: phần ${part} không phải XML hợp lệ (dòng ${parser.line}, cột ${parser.column}).`,
    );
  }
}

/** Attribute attrs[name] whatever its prefix ("r:id", "id"). */
export function attr(attrs: Record<string, string>, name: string): string | undefined {
  if (name in attrs) return attrs[name];
  for (const k in attrs) if (local(k) === name) return attrs[k];
  return undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for element content or a double-quoted attribute; characters XML 1.0 forbids are dropped. */
export function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"]/g, (c) => ESCAPES[c])
  );
}
