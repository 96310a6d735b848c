import { parseXml, scanXml } from '../../src/xlsx/xml';

type Event = [string, ...string[]];

function events(pieces: string[]): Event[] {
  const out: Event[] = [];
  parseXml(
    pieces,
    {
      open: (name, attrs) => out.push(['open', name, JSON.stringify(attrs)]),
      text: (t) => out.push(['text', t]),
      close: (name) => out.push(['close', name]),
    },
    'xl/worksheets/sheet1.xml',
  );
  return out;
}

/** Adjacent text events joined: the tokenizer may split a run at an entity or a piece boundary. */
const joined = (es: Event[]) =>
  es.reduce<Event[]>((acc, e) => {
    const last = acc[acc.length - 1];
    if (e[0] === 'text' && last?.[0] === 'text') last[1] += e[1];
    else acc.push([...e]);
    return acc;
  }, []);

const SHEET =
  '<?xml version="1.0"?><x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1">' +
  '<x:c r="A1" t="inlineStr"><x:is><x:t>Tom &amp; Jerry &#273;&#x1ED3;</x:t></x:is></x:c>' +
  '<x:c r="B1" s="2"/><x:c r="C1"><x:v><![CDATA[1<2]]></x:v></x:c></x:row></x:sheetData></x:worksheet>';

describe('XML events over a part', () => {
  const whole = joined(events([SHEET]));

  it('gives local names, attributes with entities decoded, text and self-closing closes', () => {
    expect(whole).toEqual([
      ['open', 'worksheet', '{"xmlns:x":"urn:x"}'],
      ['open', 'sheetData', '{}'],
      ['open', 'row', '{"r":"1"}'],
      ['open', 'c', '{"r":"A1","t":"inlineStr"}'],
      ['open', 'is', '{}'],
      ['open', 't', '{}'],
      ['text', 'Tom & Jerry đồ'],
      ['close', 't'],
      ['close', 'is'],
      ['close', 'c'],
      ['open', 'c', '{"r":"B1","s":"2"}'],
      ['close', 'c'],
      ['open', 'c', '{"r":"C1"}'],
      ['open', 'v', '{}'],
      ['text', '1<2'],
      ['close', 'v'],
      ['close', 'c'],
      ['close', 'row'],
      ['close', 'sheetData'],
      ['close', 'worksheet'],
    ]);
  });

  it('gives the same events whatever the piece boundaries (names, values and text split anywhere)', () => {
    for (let size = 1; size <= 17; size += 4) {
      const pieces: string[] = [];
      for (let i = 0; i < SHEET.length; i += size) pieces.push(SHEET.slice(i, i + size));
      expect(joined(events(pieces))).toEqual(whole);
    }
  });

  it('refuses a truncated part, naming it', () => {
    expect(() => events([SHEET.slice(0, SHEET.indexOf('</x:row>'))])).toThrow(
      /^Tệp hỏng, không đọc được: phần xl\/worksheets\/sheet1\.xml không phải XML hợp lệ \(ở ký tự thứ \d+\)\.$/,
    );
  });

  it('refuses a close tag that does not match its open tag', () => {
    expect(() => events(['<a><b></a></b>'])).toThrow('không phải XML hợp lệ (ở ký tự thứ 7)');
  });

  it('gives attributes one call each, in order, before openEnd', () => {
    const calls: string[] = [];
    scanXml(
      ['<c r="B7" s="3" t="s"><v>4</v></c>'],
      {
        open: (n) => calls.push(`open ${n}`),
        attribute: (n, v) => calls.push(`${n}=${v}`),
        openEnd: () => calls.push('end'),
        close: (n) => calls.push(`close ${n}`),
      },
      'p',
    );
    expect(calls).toEqual(['open c', 'r=B7', 's=3', 't=s', 'end', 'open v', 'end', 'close v', 'close c']);
  });
});
