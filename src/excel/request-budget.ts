/**
 * Keeps each Office.js request under Excel on the web's 5 MB limit. Office.js serializes every queued
 * operation as an object path plus an action; measured through the real client library (test/excel/wire)
 * one range operation costs 570–700 bytes before its data, so operations are counted, not only values.
 */

/** Request bytes of one queued range operation (getRange + property or method), data excluded. */
export const OPERATION_BYTES = 700;
/** Flush well below 5 MB: the per-operation figure is an average, long sheet names cost more. */
export const REQUEST_BUDGET = 3 * 1024 * 1024;

/** UTF-8 bytes of a value's JSON, as it goes on the wire (Vietnamese letters take 2–3 bytes each). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x800)
      bytes += code >= 0xd800 && code < 0xe000 ? 1 : 2; // a surrogate pair: 4 in all
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/** Counts queued bytes and syncs (`flush`) whenever the next operations would pass the budget. */
export class RequestBudget {
  private used = 0;

  constructor(
    private readonly flush: () => Promise<void>,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  /** Call after queuing `operations` range operations carrying `dataBytes` of values. */
  async spend(operations: number, dataBytes = 0): Promise<void> {
    this.used += operations * OPERATION_BYTES + dataBytes;
    if (this.used >= this.budget) await this.sync();
  }

  /** Sends what is queued, if anything. */
  async sync(): Promise<void> {
    if (this.used === 0) return;
    this.used = 0;
    await this.flush();
  }
}
