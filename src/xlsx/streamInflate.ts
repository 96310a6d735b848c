/** Raw inflate through the platform's DecompressionStream (browsers, node 20): native and asynchronous. */
import type { AsyncInflate } from './zip';

export function decompressionStreamInflate(): AsyncInflate | null {
  try {
    new DecompressionStream('deflate-raw');
  } catch {
    return null; // an older browser, or one without 'deflate-raw': fflate then
  }
  return async function* inflate(data) {
    const reader = new Blob([data as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'))
      .getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      // Stopped early (a part larger than it declared): the rest is not inflated.
      reader.cancel().catch(() => {});
    }
  };
}
