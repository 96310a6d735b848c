/**
 * XML events over a part's text (or a piece of whole elements of it, see rowPieces.ts), from saxen:
 * measured on the 100k-row list's 45 MB sheet it tokenizes in ~0.32 s with the cells' attributes,
 * against ~0.59 s for htmlparser2's tokenizer without them and ~0.76 s for saxes, because it finds
 * tags with indexOf rather than a state per character, and builds an element's attributes only when
 * asked. It checks that tags match and that nothing is left open, so a truncated or spliced part is
 * refused with its name. Element names come without their namespace prefix ("x:row" -> "row": some
 * writers prefix everything); attribute names keep theirs (see attr).
 */
import { Parser } from 'saxen';
import { UnreadableWorkbook } from './unreadable';

export type Attributes = Record<string, string>;

/** Events with each element's attributes built only on request (most elements of a sheet need none). */
export interface XmlEvents {
  open?(name: string, attrs: () => Attributes): void;
  text?(text: string): void;
  /** Also after a self-closing tag. */
  close?(name: string): void;
}

export interface XmlHandlers {
  open?(name: string, attrs: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

const local = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five named entities only ("&amp;#65;" stays "&#65;"). */
export const decodeNamed = (s: string) =>
  s.includes('&') ? s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => NAMED[name]) : s;

/** XML's five named entities and character references (any code point, astral ones too). */
const decode = (s: string) =>
  s.includes('&')
    ? s.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (m, hex, dec, name) => {
        if (name) return NAMED[name];
        const cp = hex ? parseInt(hex, 16) : Number(dec);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      })
    : s;

/** XML reads every CR LF and lone CR as LF before anything else (a "&#13;" stays a CR). */
const lineEnds = (s: string) => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);

function decodedAttributes(a: Attributes): Attributes {
  for (const k in a) if (a[k].includes('&')) a[k] = decode(a[k]);
  return a;
}

export function scanXml(xml: string, h: XmlEvents, part: string): void {
  const parser = new Parser();
  const refuse = () => {
    throw new UnreadableWorkbook(`Tệp hỏng, không đọc được: phần ${part} không phải XML hợp lệ.`);
  };
  // saxen warns of what XML forbids but it can read past (attributes without quotes or spaces between
  // them, text outside the root): a part written that way is as broken as one it cannot read.
  parser.on('error', refuse);
  parser.on('warn', refuse);
  const { open, text, close } = h;
  if (open) {
    // One getter for all elements, over the current one's: no closure per element, decoded once.
    let current: () => Attributes = () => ({});
    let decoded: Attributes | null = null;
    const attrs = () => (decoded ??= decodedAttributes(current()));
    parser.on('openTag', (name: string, getAttrs: () => Attributes) => {
      current = getAttrs;
      decoded = null;
      open(local(name), attrs);
    });
  }
  if (text) {
    parser.on('text', (t: string) => text(decode(lineEnds(t))));
    parser.on('cdata', (t: string) => text(lineEnds(t)));
  }
  if (close) parser.on('closeTag', (name: string) => close(local(name)));
  parser.parse(xml);
}

/** The same events with each element's attributes as an object, for the small parts. */
export function parseXml(xml: string, h: XmlHandlers, part: string): void {
  const { open } = h;
  scanXml(xml, { ...h, open: open && ((name, attrs) => open(name, attrs())) }, part);
}

/** Attribute attrs[name] whatever its prefix ("r:id", "id"). */
export function attr(attrs: Attributes, name: string): string | undefined {
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
