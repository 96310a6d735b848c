/**
 * manifest.xml, checked offline: against Microsoft's XSDs (vendored in schemas/, see schemas/README.md)
 * with xmllint compiled to WebAssembly, then against this project's own rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { validateXML } from 'xmllint-wasm';

const ROOT = path.resolve(__dirname, '../..');
const SCHEMAS = path.join(ROOT, 'schemas');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';
const DEV_BASE = 'https://localhost:3000/';
const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

async function validate(xml: string) {
  const xsds = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd'));
  const file = (name: string) => ({
    fileName: name,
    contents: fs.readFileSync(path.join(SCHEMAS, name), 'utf8'),
  });
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [file(MAIN_XSD)],
    preload: xsds.filter((f) => f !== MAIN_XSD).map(file),
  });
}

const all = (re: RegExp, text = manifest) => [...text.matchAll(re)].map((m) => m[1]);
const urls = all(/\b(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g);
/** resource id -> DefaultValue, for each kind of resource. */
const resources = (tag: string) =>
  new Map(
    [...manifest.matchAll(new RegExp(`<bt:${tag} id="([^"]+)" DefaultValue="([^"]*)"`, 'g'))].map((m) => [
      m[1],
      m[2],
    ]),
  );

describe('manifest.xml against the Office XSDs', () => {
  test('is valid', async () => {
    const result = await validate(manifest);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('is still valid once the build points it at the internal server', async () => {
    const built = manifest.replaceAll(DEV_BASE, 'https://cchc.ubnd.example.vn/addin/');
    expect(built).not.toContain('localhost');
    expect((await validate(built)).valid).toBe(true);
  });

  test.each([
    [
      'a 5-part version',
      (x: string) => x.replace('<Version>1.0.0.0</Version>', '<Version>1.0.0.0.1</Version>'),
      'Version',
    ],
    [
      'elements out of order',
      (x: string) =>
        x
          .replace(/\s*<Permissions>\w+<\/Permissions>/, '')
          .replace('<Hosts>', '<Permissions>ReadWriteDocument</Permissions><Hosts>'),
      'Permissions',
    ],
    [
      'an unknown ribbon tab type',
      (x: string) => x.replace('xsi:type="PrimaryCommandSurface"', 'xsi:type="SecondarySurface"'),
      'SecondarySurface',
    ],
  ])('rejects a manifest with %s', async (_, breakIt, word) => {
    const result = await validate(breakIt(manifest));
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join('\n')).toContain(word);
  });
});

describe("manifest.xml against this project's rules", () => {
  test('a GUID Id and a 4-part version', () => {
    expect(all(/<Id>([^<]+)<\/Id>/g)).toEqual([
      expect.stringMatching(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/),
    ]);
    expect(all(/<Version>([^<]+)<\/Version>/g)).toEqual([expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/)]);
  });

  test('every URL is https on the one dev host the build rewrites', () => {
    expect(urls.length).toBeGreaterThanOrEqual(6);
    expect(urls.filter((u) => !u.startsWith(DEV_BASE))).toEqual([]);
  });

  test('Excel workbook host, ExcelApi 1.1 floor, task pane page', () => {
    expect(all(/<Host Name="(\w+)"/g)).toEqual(['Workbook']);
    expect(all(/<Host xsi:type="(\w+)"/g)).toEqual(['Workbook']);
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.1" />');
    expect(all(/<SourceLocation DefaultValue="([^"]+)"/g)).toEqual([`${DEV_BASE}taskpane.html`]);
    expect(resources('Url').get('CCHC.Taskpane.Url')).toBe(`${DEV_BASE}taskpane.html`);
    expect(all(/<OfficeTab id="(\w+)"/g)).toEqual(['TabHome']);
  });

  test('every resid resolves to a resource of the right kind, ids within 32 characters', () => {
    const kindOf = new Map<string, string>();
    for (const tag of ['Image', 'Url', 'String']) for (const id of resources(tag).keys()) kindOf.set(id, tag);
    const refs = [...manifest.matchAll(/<(\w+:)?(\w+) (?:size="\d+" )?resid="([^"]+)"/g)].map((m) => [
      m[2],
      m[3],
    ]);
    expect(refs.length).toBeGreaterThanOrEqual(10);
    const expectedKind = (element: string) =>
      element === 'Image' ? 'Image' : element === 'SourceLocation' ? 'Url' : 'String';
    expect(refs.filter(([element, id]) => kindOf.get(id) !== expectedKind(element))).toEqual([]);
    expect([...kindOf.keys()].filter((id) => id.length > 32)).toEqual([]);
  });

  test('Vietnamese by default, with English overrides for every visible string', () => {
    expect(manifest).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
    expect(all(/<DisplayName DefaultValue="([^"]+)"/g)).toEqual(['Báo cáo CCHC']);
    const strings = [
      ...manifest.matchAll(
        /<bt:String id="([^"]+)" DefaultValue="([^"]+)">\s*<bt:Override Locale="en-US" Value="([^"]+)"/g,
      ),
    ];
    expect(strings.map((m) => m[1]).sort()).toEqual([...resources('String').keys()].sort());
    expect(manifest.match(/<Override Locale="en-US"/g)).toHaveLength(2); // DisplayName, Description
    const short = [...manifest.matchAll(/<bt:ShortStrings>([\s\S]*?)<\/bt:ShortStrings>/g)][0][1];
    const long = [...manifest.matchAll(/<bt:LongStrings>([\s\S]*?)<\/bt:LongStrings>/g)][0][1];
    expect(all(/(?:DefaultValue|Value)="([^"]*)"/g, short).filter((s) => s.length > 125)).toEqual([]);
    expect(all(/(?:DefaultValue|Value)="([^"]*)"/g, long).filter((s) => s.length > 250)).toEqual([]);
  });

  test('every icon exists in assets/ with the size the manifest says', () => {
    const icons = urls.filter((u) => u.endsWith('.png'));
    expect(new Set(icons).size).toBe(4); // 16, 32, 64, 80
    for (const url of icons) {
      const file = path.join(ROOT, url.slice(DEV_BASE.length));
      const png = PNG.sync.read(fs.readFileSync(file));
      const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
      expect([png.width, png.height]).toEqual([size, size]);
    }
    for (const [id, url] of resources('Image')) expect(url).toContain(`icon-${id.split('.').pop()}.png`);
    const opaque = PNG.sync.read(fs.readFileSync(path.join(ROOT, 'assets/icon-128.png')));
    expect(opaque.data[(64 * 128 + 64) * 4 + 3]).toBe(255); // the 128 px icon exists and is not blank
  });
});
