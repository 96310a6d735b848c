import { parseXml, scanXml } from '../../src/xlsx/xml';

type Event = [string, ...string[]];

function events(xml: string): Event[] {
  const out: Event[] = [];
  parseXml(
    xml,
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
  const whole = joined(events(SHEET));

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

  it('refuses a truncated part, naming it', () => {
    expect(() => events(SHEET.slice(0, SHEET.indexOf('</x:row>')))).toThrow(
      new Error('Tệp hỏng, không đọc được: phần xl/worksheets/sheet1.xml không phải XML hợp lệ.'),
    );
  });

  it('refuses a close tag that does not match its open tag', () => {
    expect(() => events('<a><b></a></b>')).toThrow('phần xl/worksheets/sheet1.xml không phải XML hợp lệ.');
  });

  it('builds attributes only for the elements that ask for them', () => {
    const calls: string[] = [];
    scanXml(
      '<c r="B7" s="3" t="s"><v>4</v></c><c r="C7" t="str" x="a&lt;b"/>',
      {
        open: (n, attrs) => calls.push(n === 'c' ? `open c ${JSON.stringify(attrs())}` : `open ${n}`),
        text: (t) => calls.push(`text ${t}`),
        close: (n) => calls.push(`close ${n}`),
      },
      'p',
    );
    expect(calls).toEqual([
      'open c {"r":"B7","s":"3","t":"s"}',
      'open v',
      'text 4',
      'close v',
      'close c',
      'open c {"r":"C7","t":"str","x":"a<b"}',
      'close c',
    ]);
  });

  it('decodes character references beyond the basic plane', () => {
    const out: string[] = [];
    parseXml('<t>&#128512; &#x1F600;</t>', { text: (t) => out.push(t) }, 'p');
    expect(out.join('')).toBe('\u{1F600} \u{1F600}');
  });
});

describe('XML strictness and line ends', () => {
  const text = (xml: string) => {
    const out: string[] = [];
    parseXml(xml, { text: (t) => out.push(t) }, 'p');
    return out.join('');
  };

  it('reads CR LF and a lone CR as LF, as XML does, but keeps a CR written as "&#13;"', () => {
    expect(text('<t>Số hồ sơ\r\ntiếp nhận\rmới&#13;</t>')).toBe('Số hồ sơ\ntiếp nhận\nmới\r');
  });

  it.each([
    ['attributes without a space between them', '<c r="B1"t="s"><v>1</v></c>'],
    ['an attribute without quotes', '<c r=B1><v>1</v></c>'],
    ['text after the root', '<c r="B1"><v>1</v></c>trailing'],
  ])('refuses %s (when its attributes are read)', (_what, xml) => {
    expect(() => scanXml(xml, { open: (_n, attrs) => void attrs() }, 'xl/worksheets/sheet1.xml')).toThrow(
      'Tệp hỏng, không đọc được: phần xl/worksheets/sheet1.xml không phải XML hợp lệ.',
    );
  });
});
