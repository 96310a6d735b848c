/** A part that inflates past its declared size is refused as it inflates, with fflate and with zlib. */
import zlib from 'node:zlib';
import { zipSync } from 'fflate';
import { decompressionStreamInflate } from '../../src/xlsx/streamInflate';
import { entryText, inflateEntry, inflateEntryAsync, setNativeInflate, zipEntries } from '../../src/xlsx/zip';

/** A zip of one 1 MB part whose central directory claims 5,000 bytes. */
function lyingZip(): Uint8Array {
  const bytes = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(1 << 20).fill(60) });
  const view = new DataView(bytes.buffer);
  for (let p = bytes.length - 22; p > 0; p--)
    if (view.getUint32(p, true) === 0x02014b50) {
      view.setUint32(p + 24, 5000, true);
      break;
    }
  return bytes;
}

describe.each([
  ['fflate', null],
  ['zlib', (data: Uint8Array, limit: number) => zlib.inflateRawSync(data, { maxOutputLength: limit })],
] as const)('%s', (_name, native) => {
  afterEach(() => setNativeInflate(null));

  it('refuses a lying part as soon as it passes its declared size', () => {
    setNativeInflate(native);
    const bytes = lyingZip();
    const [entry] = zipEntries(bytes);
    expect(entry).toMatchObject({ name: 'xl/worksheets/sheet1.xml', size: 5000 });
    expect(() => [...entryText(bytes, entry)]).toThrow(
      'Tệp bất thường: xl/worksheets/sheet1.xml giải nén ra nhiều hơn kích thước khai báo, vượt giới hạn an toàn.',
    );
  });

  it('inflates an honest part whole, Vietnamese text intact across pieces', () => {
    setNativeInflate(native);
    const text = 'Xã Liên Hợp, Châu Hồng, Thị trấn Quỳ Hợp; '.repeat(60_000);
    const bytes = zipSync({ 'a.xml': new TextEncoder().encode(text) });
    expect([...entryText(bytes, zipEntries(bytes)[0])].join('')).toBe(text);
  });
});

describe("the platform's DecompressionStream (the page's inflate)", () => {
  const inflate = decompressionStreamInflate()!;

  it('is there in node 20 as in browsers', () => expect(inflate).not.toBeNull());

  it('gives the bytes fflate gives', async () => {
    const text = 'Xã Liên Hợp, Châu Hồng, Thị trấn Quỳ Hợp; '.repeat(60_000);
    const bytes = zipSync({ 'a.xml': new TextEncoder().encode(text) });
    const [entry] = zipEntries(bytes);
    const chunks = await inflateEntryAsync(bytes, entry, inflate);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(Buffer.concat([...inflateEntry(bytes, entry)]))).toBe(true);
  });

  it('refuses a lying part, and broken deflate data, with the same lines', async () => {
    const lying = lyingZip();
    await expect(inflateEntryAsync(lying, zipEntries(lying)[0], inflate)).rejects.toThrow(
      'Tệp bất thường: xl/worksheets/sheet1.xml giải nén ra nhiều hơn kích thước khai báo, vượt giới hạn an toàn.',
    );
    const broken = zipSync({ 'a.xml': new TextEncoder().encode('<a>'.repeat(10_000)) });
    const [entry] = zipEntries(broken);
    broken.fill(0xff, entry.localHeader + 30 + entry.name.length, entry.localHeader + 40 + entry.name.length);
    await expect(inflateEntryAsync(broken, entry, inflate)).rejects.toThrow(
      'Tệp hỏng, không đọc được: dữ liệu nén của a.xml bị lỗi.',
    );
  });
});
