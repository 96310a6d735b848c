/**
 * Column mapping: each header path is matched to a field by Vietnamese synonyms. The section a
 * column sits under decides what "Tổng số" or "Quá hạn" means, so "Số hồ sơ đã giải quyết > Quá hạn"
 * and "Số hồ sơ đang giải quyết > Quá hạn" never mix.
 */
import { fold } from '../parse/text';
import { CHANNEL, FAMILY, GROUPS, LIST, NAME, SECTION, TIMING, WORDS } from './vocabulary';
import type { SheetKind } from '../report';

/** Figures counted on each row; a sheet's totals and parts are checked over these. */
export const COUNT_FIELDS = [
  // dossier statistics
  'recvTotal',
  'recvNew',
  'recvOnline',
  'recvDirect',
  'recvPostal',
  'recvCarried',
  'resTotal',
  'resEarly',
  'resOnTime',
  'resEarlyOnTime',
  'resLate',
  'progTotal',
  'progNotDue',
  'progOverdue',
  'returned',
  'suspended',
  'awaitingSupplement',
  'awaitingReturn',
  // digitization, payment, portal sync
  'digReceived',
  'digDossiers',
  'resultsTotal',
  'digResults',
  'feeTotal',
  'paidOnline',
  'synced',
  // signatures
  'issued',
  'signed',
] as const;

/** Rates printed in the sheet, checked against the ones computed from the counts. */
export const RATE_FIELDS = [
  'rateOnTime',
  'rateOnline',
  'digRate',
  'digResultRate',
  'payRate',
  'syncRate',
  'sigRate',
] as const;

/** Columns of a dossier-by-dossier list. */
const LIST_FIELDS = [
  'code',
  'channel',
  'receivedDate',
  'dueDate',
  'resultDate',
  'status',
  'digitizedFlag',
  'paidFlag',
] as const;

export const FIELD_IDS = [
  'stt',
  'name',
  'leader',
  'position',
  ...COUNT_FIELDS,
  ...RATE_FIELDS,
  ...LIST_FIELDS,
] as const;

export type FieldId = (typeof FIELD_IDS)[number];
export type ColumnMap = Partial<Record<FieldId, number>>;

/**
 * The figures an officer can point to a column for, per kind of sheet: those the indicators are
 * computed from (the task pane's column-mapping dropdowns).
 */
export const MAPPABLE_FIELDS: Record<SheetKind, readonly FieldId[]> = {
  'dossier-stats': [
    'name',
    'recvTotal',
    'recvOnline',
    'recvDirect',
    'recvPostal',
    'recvCarried',
    'resTotal',
    'resEarly',
    'resOnTime',
    'resLate',
    'progTotal',
    'progNotDue',
    'progOverdue',
    'returned',
    'suspended',
    'awaitingSupplement',
  ],
  'digitization-payment': [
    'name',
    'digReceived',
    'digDossiers',
    'resultsTotal',
    'digResults',
    'feeTotal',
    'paidOnline',
    'synced',
  ],
  signatures: ['name', 'leader', 'position', 'issued', 'signed'],
  'dossier-list': [
    'name',
    'code',
    'channel',
    'receivedDate',
    'dueDate',
    'resultDate',
    'digitizedFlag',
    'paidFlag',
  ],
  empty: [],
  unknown: [],
};

export type Layout = 'stats' | 'signatures' | 'list';

const has = (s: string, re: RegExp) => re.test(s);

type Family = 'dig' | 'pay' | 'sync' | 'stats';

/** The shallowest segment naming a family decides it: "Số hóa hồ sơ > Tổng số hồ sơ tiếp nhận" is digitization. */
function familyOf(segs: string[]): Family {
  for (const s of segs) {
    if (has(s, FAMILY.digitization)) return 'dig';
    if (has(s, FAMILY.payment)) return 'pay';
    if (has(s, FAMILY.sync)) return 'sync';
  }
  return 'stats';
}

export type Section = 'recv' | 'res' | 'prog';

function sectionOf(segs: string[]): Section | null {
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i];
    // In progress is tested first: "chưa giải quyết" is not resolved.
    if (has(s, SECTION.progress)) return 'prog';
    if (has(s, SECTION.resolved)) return 'res';
    if (has(s, SECTION.received)) return 'recv';
  }
  return null;
}

/** `inherited`: in one-row headers "Sớm hạn | Đúng hạn | Trễ hạn" belong to the section on their left. */
function statsField(segs: string[], inherited: Section | null): FieldId | null {
  const leaf = segs[segs.length - 1];
  const all = segs.join(' > ');
  if (has(leaf, WORDS.rate)) {
    // "Trước hạn > Tỷ lệ %" is the share of one part: only early and on time together is the on-time rate.
    const parent = segs.length > 1 ? segs[segs.length - 2] : '';
    if (has(parent, TIMING.early) || has(parent, TIMING.onTime) || has(parent, TIMING.late))
      return has(parent, TIMING.early) && has(parent, TIMING.onTime) ? 'rateOnTime' : null;
    if (has(all, TIMING.onTimeRate)) return 'rateOnTime';
    if (has(all, CHANNEL.online)) return 'rateOnline';
    return null;
  }
  if (has(leaf, WORDS.returned)) return 'returned';
  const section = sectionOf(segs) ?? (has(leaf, CHANNEL.any) ? 'recv' : inherited);
  // Leaf words override when a one-row header says it all ("Đã giải quyết quá hạn").
  if (section === 'prog') {
    if (has(leaf, TIMING.late)) return 'progOverdue';
    if (has(leaf, TIMING.notDue)) return 'progNotDue';
    return 'progTotal';
  }
  if (section === 'res') {
    if (has(leaf, TIMING.early) && has(leaf, TIMING.onTime)) return 'resEarlyOnTime';
    if (has(leaf, TIMING.early)) return 'resEarly';
    if (has(leaf, TIMING.late)) return 'resLate';
    if (has(leaf, TIMING.onTime)) return 'resOnTime';
    return 'resTotal';
  }
  if (section === 'recv') {
    if (has(leaf, CHANNEL.carried)) return 'recvCarried';
    if (has(leaf, CHANNEL.postal)) return has(leaf, CHANNEL.direct) ? 'recvDirect' : 'recvPostal';
    if (has(leaf, CHANNEL.direct)) return 'recvDirect';
    if (has(leaf, CHANNEL.online)) return 'recvOnline';
    if (has(leaf, CHANNEL.newlyReceived) && !has(leaf, WORDS.total)) return 'recvNew';
    return 'recvTotal';
  }
  if (has(leaf, WORDS.totalOnly)) return 'recvTotal';
  if (segs.length === 1 && has(leaf, CHANNEL.online)) return 'recvOnline';
  if (segs.length === 1 && has(leaf, CHANNEL.direct)) return 'recvDirect';
  return null;
}

function digField(segs: string[]): FieldId | null {
  const leaf = segs[segs.length - 1];
  const results = has(segs.join(' > '), WORDS.results);
  if (has(leaf, WORDS.rate)) return results ? 'digResultRate' : 'digRate';
  if (has(leaf, WORDS.notDigitized)) return null;
  if (results || has(leaf, WORDS.result)) {
    if (has(leaf, FAMILY.digitization)) return 'digResults';
    if (has(leaf, WORDS.resultsTotal)) return 'resultsTotal';
    return null;
  }
  if (has(leaf, FAMILY.digitization)) return 'digDossiers';
  if (has(leaf, WORDS.receivedTotal) || has(leaf, WORDS.dossiersOnly)) return 'digReceived';
  return null;
}

function payField(segs: string[], rawLeaf: string): FieldId | null {
  const leaf = segs[segs.length - 1];
  if (has(rawLeaf, WORDS.money)) return null; // "Lệ phí (VNĐ)", "Số tiền": amounts
  if (has(leaf, CHANNEL.direct)) return null;
  if (has(leaf, WORDS.procedures) && !has(leaf, WORDS.dossiers)) return null; // procedure counts, not dossiers
  if (has(leaf, WORDS.rate)) return 'payRate';
  if (has(leaf, WORDS.paid) || has(leaf, CHANNEL.online)) return 'paidOnline';
  if (has(leaf, WORDS.fee)) return 'feeTotal';
  return null;
}

function syncField(segs: string[]): FieldId | null {
  const leaf = segs[segs.length - 1];
  if (has(leaf, WORDS.rate)) return 'syncRate';
  if (has(leaf, WORDS.syncDue)) return null;
  if (has(leaf, WORDS.synced)) return 'synced';
  if (segs.length > 1 && (has(leaf, WORDS.dossiersOnly) || has(leaf, WORDS.syncedShort))) return 'synced';
  return null;
}

function signatureField(segs: string[]): FieldId | null {
  const leaf = segs[segs.length - 1];
  if (has(leaf, WORDS.leader)) return 'leader';
  if (has(leaf, WORDS.position)) return 'position';
  if (has(leaf, WORDS.rate)) return 'sigRate';
  if (has(leaf, WORDS.signed)) return 'signed';
  if (has(leaf, WORDS.issued)) return 'issued';
  return null;
}

function listField(segs: string[]): FieldId | null {
  const leaf = segs[segs.length - 1];
  if (has(leaf, LIST.codeStart) || has(leaf, LIST.code) || has(leaf, LIST.codeEnd)) return 'code';
  // Dates stand under their own header or a merged "Ngày, tháng, năm" group (Tiếp nhận | Hẹn trả | Trả kết quả).
  if (segs.some((s) => has(s, LIST.date))) {
    if (has(leaf, LIST.due)) return 'dueDate';
    if (has(leaf, LIST.done)) return 'resultDate';
    if (has(leaf, LIST.received)) return 'receivedDate';
    return null;
  }
  if (has(leaf, LIST.dueNoDate)) return 'dueDate';
  if (has(leaf, LIST.channel)) return 'channel';
  if (has(leaf, LIST.status)) return 'status';
  if (has(leaf, LIST.digitized)) return 'digitizedFlag';
  if (has(leaf, LIST.paid)) return 'paidFlag';
  return null;
}

function commonField(segs: string[], layout: Layout): FieldId | null {
  const leaf = segs[segs.length - 1];
  if (has(leaf, NAME.stt)) return 'stt';
  if (layout === 'list') return has(leaf, NAME.office) && !has(leaf, NAME.province) ? 'name' : null;
  if ((has(leaf, NAME.unit) || has(leaf, NAME.unitAnywhere)) && !has(leaf, NAME.caption)) return 'name';
  if (segs.length === 1 && has(leaf, NAME.field)) return 'name';
  return null;
}

/** Which layout the header describes: a dossier list has several date columns, a signature table "ký số". */
export function layoutOf(paths: string[][]): Layout {
  const dates = paths.filter((p) =>
    p.map(fold).some((s) => has(s, LIST.dateStart) || has(s, LIST.dateHeader)),
  ).length;
  if (dates >= 2) return 'list';
  const all = paths.map((p) => fold(p.join(' '))).join(' | ');
  if (has(all, FAMILY.signatures) && has(all, FAMILY.documents)) return 'signatures';
  return 'stats';
}

/** A header segment without its explanation: "Kỳ trước (HS đang xử lý của kỳ trước)" -> "kỳ trước". */
function withoutNote(folded: string): string {
  return folded.replace(/\([^)]*[a-z][^)]*\)/g, ' ').trim() || folded;
}

/** "Kỳ trước | Trong kỳ" under a resolved or in-progress group splits it; under "Tiếp nhận" it is a part. */
function isOriginSplit(segs: string[]): boolean {
  if (segs.length < 2 || !has(segs[segs.length - 1], CHANNEL.origin)) return false;
  const section = sectionOf(segs.slice(0, -1));
  return section === 'res' || section === 'prog';
}

/** Groups beside received / resolved / in progress, named anywhere in the path. */
function otherGroup(segs: string[], raw: string[]): FieldId | 'none' | null {
  const leaf = segs[segs.length - 1];
  if (segs.some((s) => has(s, GROUPS.suspended))) return 'suspended';
  if (segs.some((s) => has(s, GROUPS.supplement)))
    return raw.some((s) => has(s, GROUPS.cumulative)) ? 'none' : 'awaitingSupplement';
  if (has(leaf, GROUPS.awaitingReturn)) return 'awaitingReturn';
  if (has(leaf, GROUPS.collected)) return 'none';
  return null;
}

export function fieldOf(path: string[], layout: Layout, inherited: Section | null = null): FieldId | null {
  if (!path.length) return null;
  const raw = path.map(fold);
  let segs = raw.map(withoutNote);
  const common = commonField(segs, layout);
  if (common) return common;
  if (layout === 'list') return listField(segs);
  if (layout === 'signatures') return signatureField(segs);
  // "Đúng hạn > SL": the count is its parent's.
  if (segs.length > 1 && has(segs[segs.length - 1], WORDS.countLeaf)) segs = segs.slice(0, -1);
  if (isOriginSplit(segs)) segs = segs.slice(0, -1);
  const other = otherGroup(segs, raw);
  if (other) return other === 'none' ? null : other;
  switch (familyOf(segs)) {
    case 'dig':
      return digField(segs);
    case 'pay':
      return payField(segs, raw[raw.length - 1]);
    case 'sync':
      return syncField(segs);
    default:
      return statsField(segs, inherited);
  }
}

/** Columns that add into a field beside its first one: "Trước hạn > Kỳ trước | Trong kỳ". */
export type SplitColumns = Partial<Record<FieldId, number[]>>;

/** Maps columns to fields, left to right; the first column wins a field. Overrides replace detection. */
export function mapColumns(
  paths: string[][],
  layout: Layout,
  overrides?: Partial<Record<string, number>>,
): ColumnMap {
  return mapColumnsWithSplits(paths, layout, overrides).map;
}

/** The column map, and the origin splits whose columns are summed into one field. */
export function mapColumnsWithSplits(
  paths: string[][],
  layout: Layout,
  overrides?: Partial<Record<string, number>>,
): { map: ColumnMap; splits: SplitColumns } {
  const map: ColumnMap = {};
  const splits: SplitColumns = {};
  let section: Section | null = null;
  paths.forEach((p, c) => {
    const f = fieldOf(p, layout, section);
    if (f && map[f] === undefined) map[f] = c;
    else if (f && isOriginSplit(p.map(fold)) && isOriginSplit(paths[map[f]!].map(fold)))
      splits[f] = [...(splits[f] ?? []), c];
    section = p.length ? (sectionOf(p.map(fold)) ?? (f === 'name' || f === 'stt' ? null : section)) : section;
  });
  if (overrides) {
    for (const [f, c] of Object.entries(overrides)) {
      if (c === undefined || !(FIELD_IDS as readonly string[]).includes(f)) continue;
      for (const k of Object.keys(map) as FieldId[]) if (map[k] === c) delete map[k];
      map[f as FieldId] = c;
      delete splits[f as FieldId];
    }
  }
  return { map, splits };
}
