/**
 * Column mapping: each header path is matched to a field by Vietnamese synonyms. The section a
 * column sits under decides what "Tổng số" or "Quá hạn" means, so "Số hồ sơ đã giải quyết > Quá hạn"
 * and "Số hồ sơ đang giải quyết > Quá hạn" never mix.
 */
import { fold } from '../parse/text';
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
const RATE = /ty le|%|\bti le\b/;

const SECTION_PROGRESS =
  /dang (giai quyet|xu ly|thu ly)|chua (giai quyet|xu ly|tra)|ton dong|con ton|dang giai/;
// "Giải quyết trước hạn" without "đã" in one-row headers is resolved too (in progress is tested first).
const SECTION_RESOLVED =
  /da (giai quyet|xu ly|tra|hoan thanh|co ket qua)|giai quyet (xong|truoc|dung|som|qua|tre)|ket qua giai quyet|tra ket qua|hoan thanh/;
const SECTION_RECEIVED = /tiep nhan|nhan giai quyet|moi nhan|ky truoc|nop|so ho so nhan|ho so nhan/;

type Family = 'dig' | 'pay' | 'sync' | 'stats';

/** The shallowest segment naming a family decides it: "Số hóa hồ sơ > Tổng số hồ sơ tiếp nhận" is digitization. */
function familyOf(segs: string[]): Family {
  for (const s of segs) {
    if (/so hoa/.test(s)) return 'dig';
    if (/thanh toan|co phi|le phi|nghia vu tai chinh|\btttt\b/.test(s)) return 'pay';
    if (/dong bo|da cap nhat|cap nhat (len|ho so)/.test(s)) return 'sync';
  }
  return 'stats';
}

type Section = 'recv' | 'res' | 'prog';

function sectionOf(segs: string[]): Section | null {
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i];
    if (SECTION_PROGRESS.test(s)) return 'prog';
    if (SECTION_RESOLVED.test(s)) return 'res';
    if (SECTION_RECEIVED.test(s)) return 'recv';
  }
  return null;
}

/** `inherited`: in one-row headers "Sớm hạn | Đúng hạn | Trễ hạn" belong to the section on their left. */
function statsField(segs: string[], inherited: Section | null): FieldId | null {
  const leaf = segs[segs.length - 1];
  const all = segs.join(' > ');
  if (has(leaf, RATE)) {
    if (has(all, /dung han|truoc han|dung hen/)) return 'rateOnTime';
    if (has(all, /truc tuyen/)) return 'rateOnline';
    return null;
  }
  if (has(leaf, /\b(tra lai|rut|huy|tu choi)\b/)) return 'returned';
  // A bare channel ("Trực tiếp", "BCCI") is received whatever its left neighbour ("Quá hạn") says.
  const channel = has(leaf, /truc (tuyen|tiep)|buu chinh|bcci/);
  const section = sectionOf(segs) ?? (channel ? 'recv' : inherited);
  // Leaf words override when a one-row header says it all ("Đã giải quyết quá hạn").
  if (section === 'prog') {
    if (has(leaf, /qua han|tre han|tre hen|qua hen/)) return 'progOverdue';
    if (has(leaf, /chua den han|trong han|con han|dung han|trong hen|chua den hen/)) return 'progNotDue';
    return 'progTotal';
  }
  if (section === 'res') {
    if (has(leaf, /truoc han.*dung han|som.*dung han|dung han.*truoc han/)) return 'resEarlyOnTime';
    if (has(leaf, /truoc han|som han|\bsom\b|truoc hen/)) return 'resEarly';
    if (has(leaf, /qua han|tre han|\btre\b|qua hen|tre hen/)) return 'resLate';
    if (has(leaf, /dung han|dung thoi han|dung hen|trong han/)) return 'resOnTime';
    return 'resTotal';
  }
  if (section === 'recv') {
    if (has(leaf, /ky truoc|ton ky truoc|chuyen qua|chuyen sang/)) return 'recvCarried';
    if (has(leaf, /truc tiep/) && has(leaf, /buu chinh|bcci/)) return 'recvDirect';
    if (has(leaf, /buu chinh|bcci/)) return 'recvPostal';
    if (has(leaf, /truc tiep/)) return 'recvDirect';
    if (has(leaf, /truc tuyen|qua mang|dvc|dich vu cong/)) return 'recvOnline';
    if (has(leaf, /moi tiep nhan|tiep nhan moi|trong ky/) && !has(leaf, /tong/)) return 'recvNew';
    return 'recvTotal';
  }
  if (has(leaf, /^(tong so|tong)( ho so| hs)?( tthc)?( tiep nhan)?$/)) return 'recvTotal';
  if (has(leaf, /truc tuyen/) && segs.length === 1) return 'recvOnline';
  if (has(leaf, /truc tiep/) && segs.length === 1) return 'recvDirect';
  return null;
}

function digField(segs: string[]): FieldId | null {
  const leaf = segs[segs.length - 1];
  const all = segs.join(' > ');
  const results = has(
    all,
    /so hoa ket qua|ket qua (giai quyet )?(duoc |da )?so hoa|so ket qua|da co ket qua/,
  );
  if (has(leaf, RATE)) return results ? 'digResultRate' : 'digRate';
  if (has(leaf, /chua so hoa|tai su dung|khong so hoa/)) return null;
  if (results || has(leaf, /ket qua/)) {
    if (has(leaf, /so hoa/)) return 'digResults';
    if (has(leaf, /ket qua|giai quyet|tong/)) return 'resultsTotal';
    return null;
  }
  if (has(leaf, /so hoa/)) return 'digDossiers';
  if (has(leaf, /tiep nhan|tong so|^so ho so$/)) return 'digReceived';
  return null;
}

function payField(segs: string[]): FieldId | null {
  const leaf = segs[segs.length - 1];
  if (has(leaf, /truc tiep/)) return null;
  if (has(leaf, /thu tuc/) && !has(leaf, /ho so|\bhs\b/)) return null; // procedure counts, not dossiers
  if (has(leaf, RATE)) return 'payRate';
  if (has(leaf, /thanh toan|\btttt\b/)) return 'paidOnline';
  if (has(leaf, /phi|nghia vu tai chinh|tong so/)) return 'feeTotal';
  return null;
}

function syncField(segs: string[]): FieldId | null {
  const leaf = segs[segs.length - 1];
  if (has(leaf, RATE)) return 'syncRate';
  if (has(leaf, /dong bo|cap nhat/)) return 'synced';
  if (segs.length > 1 && has(leaf, /^so ho so$|da (dong bo|cap nhat)/)) return 'synced';
  return null;
}

function signatureField(segs: string[]): FieldId | null {
  const leaf = segs[segs.length - 1];
  if (has(leaf, /ho (va )?ten|lanh dao|nguoi ky/)) return 'leader';
  if (has(leaf, /chuc vu|chuc danh/)) return 'position';
  if (has(leaf, RATE)) return 'sigRate';
  if (has(leaf, /ky so|duoc ky|da ky|chu ky/)) return 'signed';
  if (has(leaf, /van ban (di|phat hanh)|tong so van ban|phat hanh|tong so/)) return 'issued';
  return null;
}

function listField(segs: string[]): FieldId | null {
  const leaf = segs[segs.length - 1];
  if (has(leaf, /^ma\b|ma ho so|ma hs|so ho so$/)) return 'code';
  if (has(leaf, /ngay/)) {
    if (has(leaf, /hen|het han|han tra|han giai quyet/)) return 'dueDate';
    if (has(leaf, /co ket qua|tra ket qua|hoan thanh|ket thuc|giai quyet xong|ngay tra|xu ly xong/))
      return 'resultDate';
    if (has(leaf, /tiep nhan|nhan|nop/)) return 'receivedDate';
    return null;
  }
  if (has(leaf, /han (tra|giai quyet|xu ly)/)) return 'dueDate';
  if (has(leaf, /hinh thuc|kenh|phuong thuc/)) return 'channel';
  if (has(leaf, /trang thai|tinh trang/)) return 'status';
  if (has(leaf, /so hoa/)) return 'digitizedFlag';
  if (has(leaf, /thanh toan/)) return 'paidFlag';
  return null;
}

function commonField(segs: string[], layout: Layout): FieldId | null {
  const leaf = segs[segs.length - 1];
  if (has(leaf, /^(stt|tt|so tt|so thu tu|thu tu)$/)) return 'stt';
  if (layout === 'list' && has(leaf, /co quan|don vi|noi tiep nhan|bo phan tiep nhan/) && !has(leaf, /tinh/))
    return 'name';
  if (
    layout !== 'list' &&
    has(
      leaf,
      /^(ten )?(don vi|co quan|dia phuong|xa|xa, thi tran|xa, phuong, thi tran)\b|co quan, don vi|ten don vi|ten co quan/,
    ) &&
    !has(leaf, /tinh$|\btinh:/)
  )
    return 'name';
  if (layout !== 'list' && segs.length === 1 && has(leaf, /^(linh vuc|noi dung)/)) return 'name';
  return null;
}

/** Which layout the header describes: a dossier list has several date columns, a signature table "ký số". */
export function layoutOf(paths: string[][]): Layout {
  const leaves = paths.filter((p) => p.length).map((p) => fold(p[p.length - 1]));
  const dates = leaves.filter((l) => /^ngay\b|ngay (tiep nhan|hen|tra|co ket qua)/.test(l)).length;
  if (dates >= 2) return 'list';
  const all = paths.map((p) => fold(p.join(' '))).join(' | ');
  if (/ky so/.test(all) && /van ban|phat hanh/.test(all)) return 'signatures';
  return 'stats';
}

export function fieldOf(path: string[], layout: Layout, inherited: Section | null = null): FieldId | null {
  if (!path.length) return null;
  const segs = path.map(fold);
  const common = commonField(segs, layout);
  if (common) return common;
  if (layout === 'list') return listField(segs);
  if (layout === 'signatures') return signatureField(segs);
  switch (familyOf(segs)) {
    case 'dig':
      return digField(segs);
    case 'pay':
      return payField(segs);
    case 'sync':
      return syncField(segs);
    default:
      return statsField(segs, inherited);
  }
}

/** Maps columns to fields, left to right; the first column wins a field. Overrides replace detection. */
export function mapColumns(
  paths: string[][],
  layout: Layout,
  overrides?: Partial<Record<string, number>>,
): ColumnMap {
  const map: ColumnMap = {};
  let section: Section | null = null;
  paths.forEach((p, c) => {
    const f = fieldOf(p, layout, section);
    if (f && map[f] === undefined) map[f] = c;
    section = p.length ? (sectionOf(p.map(fold)) ?? (f === 'name' || f === 'stt' ? null : section)) : section;
  });
  if (overrides) {
    for (const [f, c] of Object.entries(overrides)) {
      if (c === undefined || !(FIELD_IDS as readonly string[]).includes(f)) continue;
      for (const k of Object.keys(map) as FieldId[]) if (map[k] === c) delete map[k];
      map[f as FieldId] = c;
    }
  }
  return map;
}
