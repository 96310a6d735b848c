/** A file the reader refuses, with the Vietnamese line that says why (its own module: workers load it). */
export class UnreadableWorkbook extends Error {}
