/** Shared set-up for the Office adapter tests: the wire-level host (test/excel/wire) under short names. */
import { fillWireSheet, makeWireHost } from './wire/host';

export function makeHost(apiVersion = '1.13') {
  const { book, ...rest } = makeWireHost({ apiVersion });
  return { excel: book, ...rest };
}

export const fillSheet = fillWireSheet;

export const MB = 1024 * 1024;
