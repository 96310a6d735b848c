/**
 * Every wording the detectors recognize, in one table, written as officers write it (with
 * diacritics). Each list is folded once when loaded (lowercase, accents off, đ -> d) and matched
 * against folded text as whole words, so "Trễ hạn", "TRE HAN" and "trễ  hạn" are one wording.
 * To teach the engine a new wording, add it to the right list here; nothing else changes.
 *
 * A wording matches anywhere in the text unless the list is `starts` (at the start) or `whole`
 * (the whole text). `exact` lists keep the diacritics: "Tổng" is a sum, "Tống Trân" a commune.
 */
import { clean, fold } from '../parse/text';

type Mode = 'anywhere' | 'starts' | 'whole';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternative, with word boundaries where it begins or ends with a letter or digit. */
function alternative(folded: string): string {
  const body = escape(folded).replace(/ /g, '\\s*');
  const head = /^[a-z0-9]/.test(folded) ? '\\b' : '';
  const tail = /[a-z0-9]$/.test(folded) ? '\\b' : '';
  return head + body + tail;
}

function compile(list: string[], mode: Mode, form: (s: string) => string, flags = ''): RegExp {
  // Longest first, so "trực tiếp, qua bưu chính" wins over "trực tiếp" where the match is used.
  const alts = [...new Set(list.map(form))].sort((a, b) => b.length - a.length).map(alternative);
  const body = `(?:${alts.join('|')})`;
  return new RegExp(mode === 'whole' ? `^${body}$` : mode === 'starts' ? `^${body}` : body, flags);
}

const anywhere = (...list: string[]) => compile(list, 'anywhere', fold);
const starts = (...list: string[]) => compile(list, 'starts', fold);
const whole = (...list: string[]) => compile(list, 'whole', fold);
/** Diacritics kept, lowercase; boundaries are spaces, punctuation or the end. */
const exactStarts = (...list: string[]) =>
  new RegExp(
    `^(?:${list
      .map((w) => escape(clean(w).toLowerCase()))
      .sort((a, b) => b.length - a.length)
      .join('|')})(?=\\s|$|:|\\()`,
    'u',
  );

/** Sections of a dossier-statistics header: what the columns under them count. */
export const SECTION = {
  progress: anywhere(
    'đang giải quyết',
    'đang xử lý',
    'đang thụ lý',
    'đang giải',
    'chưa giải quyết',
    'chưa xử lý',
    'chưa trả',
    'tồn đọng',
    'còn tồn',
  ),
  resolved: anywhere(
    'đã giải quyết',
    'đã xử lý',
    'đã trả',
    'đã hoàn thành',
    'đã có kết quả',
    'giải quyết xong',
    'giải quyết trước',
    'giải quyết đúng',
    'giải quyết sớm',
    'giải quyết quá',
    'giải quyết trễ',
    'kết quả giải quyết',
    'trả kết quả',
    'hoàn thành',
  ),
  received: anywhere(
    'tiếp nhận',
    'nhận giải quyết',
    'mới nhận',
    'kỳ trước',
    'nộp',
    'số hồ sơ nhận',
    'hồ sơ nhận',
  ),
};

/** Families of indicators: the shallowest header naming one decides the column's family. */
export const FAMILY = {
  digitization: anywhere('số hóa', 'số hoá'),
  payment: anywhere('thanh toán', 'có phí', 'thu phí', 'lệ phí', 'nghĩa vụ tài chính', 'TTTT'),
  sync: anywhere('đồng bộ', 'đã cập nhật', 'cập nhật lên', 'cập nhật hồ sơ'),
  signatures: anywhere('ký số'),
  documents: anywhere('văn bản', 'phát hành'),
};

/** Timeliness of resolved dossiers and of dossiers in progress. */
export const TIMING = {
  early: anywhere('trước hạn', 'sớm hạn', 'sớm', 'trước hẹn'),
  onTime: anywhere('đúng hạn', 'đúng thời hạn', 'đúng hẹn', 'trong hạn'),
  late: anywhere('quá hạn', 'trễ hạn', 'trễ', 'quá hẹn', 'trễ hẹn'),
  notDue: anywhere(
    'chưa đến hạn',
    'chưa tới hạn',
    'trong hạn',
    'còn hạn',
    'đúng hạn',
    'trong hẹn',
    'chưa đến hẹn',
  ),
  /** A printed on-time rate names one of these. */
  onTimeRate: anywhere('đúng hạn', 'trước hạn', 'đúng hẹn'),
};

/** How and when a dossier was received. */
export const CHANNEL = {
  online: anywhere('trực tuyến', 'qua mạng', 'DVC', 'DVCQG', 'dịch vụ công'),
  direct: anywhere('trực tiếp'),
  postal: anywhere('bưu chính', 'BCCI'),
  /** A bare channel header is received whatever its left neighbour says. */
  any: anywhere('trực tuyến', 'trực tiếp', 'bưu chính', 'BCCI'),
  carried: anywhere('kỳ trước', 'tồn kỳ trước', 'chuyển qua', 'chuyển sang'),
  newlyReceived: anywhere('mới tiếp nhận', 'tiếp nhận mới', 'trong kỳ'),
  /** "Đã giải quyết > Trước hạn > Kỳ trước | Trong kỳ": an outcome split by where its dossiers came from. */
  origin: whole(
    'kỳ trước',
    'trong kỳ',
    'của kỳ trước',
    'tồn kỳ trước',
    'kỳ trước chuyển sang',
    'mới tiếp nhận',
  ),
};

/** Groups beside received / resolved / in progress; suspended and awaiting supplements are parts of received. */
export const GROUPS = {
  suspended: anywhere('tạm dừng', 'tạm ngừng', 'dừng xử lý'),
  supplement: anywhere('bổ sung'),
  /** "Chờ bổ sung lũy kế" counts every period so far: no part of this period's received. */
  cumulative: anywhere('lũy kế', 'luỹ kế'),
  /** "Đã giải quyết > Chờ trả": resolved, result not yet collected; a sub-column, not the total. */
  awaitingReturn: anywhere('chờ trả', 'chưa trả kết quả', 'chờ trả kết quả'),
  /** "Trả hồ sơ > Đã nhận | Chưa nhận": whether the applicant collected the result. */
  collected: whole('đã nhận', 'chưa nhận', 'đã nhận kết quả', 'chưa nhận kết quả'),
};

export const WORDS = {
  /** "Đúng hạn > SL | Tỷ lệ %": the count of its parent. */
  countLeaf: whole('SL', 'số lượng', 'số HS'),
  /** Amounts of money, never counts of dossiers. */
  money: anywhere('VNĐ', 'VND', '(đồng)', 'số tiền', 'tiền', 'triệu đồng', 'nghìn đồng'),
  /** "Tổng hồ sơ phải đồng bộ": the base of the sync rate, not the synced count. */
  syncDue: anywhere('phải đồng bộ', 'cần đồng bộ', 'chưa đồng bộ'),
  rate: anywhere('tỷ lệ', 'tỉ lệ', '%'),
  total: anywhere('tổng'),
  totalOnly: whole(
    ...['tổng', 'tổng số'].flatMap((t) =>
      ['', ' hồ sơ', ' hs'].flatMap((d) =>
        ['', ' tthc'].flatMap((p) => ['', ' tiếp nhận'].map((r) => t + d + p + r)),
      ),
    ),
  ),
  returned: anywhere('trả lại', 'rút', 'hủy', 'huỷ', 'từ chối'),
  /** Figures about procedures, not dossiers ("Số thủ tục có phí"). */
  procedures: anywhere('thủ tục'),
  dossiers: anywhere('hồ sơ', 'HS'),
  result: anywhere('kết quả'),
  results: anywhere(
    'số hóa kết quả',
    'kết quả được số hóa',
    'kết quả đã số hóa',
    'kết quả số hóa',
    'kết quả giải quyết được số hóa',
    'kết quả giải quyết đã số hóa',
    'kết quả giải quyết số hóa',
    'số kết quả',
    'đã có kết quả',
  ),
  notDigitized: anywhere('chưa số hóa', 'tái sử dụng', 'không số hóa'),
  resultsTotal: anywhere('kết quả', 'giải quyết', 'tổng'),
  receivedTotal: anywhere('tiếp nhận', 'tổng số'),
  dossiersOnly: whole('số hồ sơ'),
  paid: anywhere('thanh toán', 'TTTT'),
  fee: anywhere('phí', 'nghĩa vụ tài chính', 'tổng số'),
  synced: anywhere('đồng bộ', 'cập nhật'),
  syncedShort: anywhere('đã đồng bộ', 'đã cập nhật'),
  leader: anywhere('họ tên', 'họ và tên', 'lãnh đạo', 'người ký'),
  position: anywhere('chức vụ', 'chức danh'),
  signed: anywhere('ký số', 'được ký', 'đã ký', 'chữ ký'),
  issued: anywhere('văn bản đi', 'văn bản phát hành', 'tổng số văn bản', 'phát hành', 'tổng số'),
};

/** Columns of the unit and its number. */
export const NAME = {
  stt: whole('STT', 'TT', 'Số TT', 'Số thứ tự', 'Thứ tự'),
  /** The unit column of a statistics table. */
  unit: starts(
    'đơn vị',
    'tên đơn vị',
    'cơ quan',
    'tên cơ quan',
    'địa phương',
    'xã',
    'tên xã',
    'xã, thị trấn',
    'xã, phường, thị trấn',
  ),
  unitAnywhere: anywhere('cơ quan, đơn vị', 'tên đơn vị', 'tên cơ quan'),
  /** "Đơn vị: tỉnh …" is a caption, not the unit column. */
  caption: /tinh$|\btinh:/,
  /** The office column of a dossier list. */
  office: anywhere('cơ quan', 'đơn vị', 'nơi tiếp nhận', 'bộ phận tiếp nhận', 'phòng, ban', 'phòng ban'),
  province: anywhere('tỉnh'),
  /** A one-row table listing fields or contents rather than places. */
  field: starts('lĩnh vực', 'nội dung'),
  /** Rows under these unit columns are fields or procedures, or communes written bare. */
  fieldColumn: starts(
    'lĩnh vực',
    'tên lĩnh vực',
    'thủ tục',
    'tên thủ tục',
    'loại hồ sơ',
    'tên loại hồ sơ',
    'nội dung',
  ),
  communeColumn: starts('xã', 'tên xã'),
};

/** A unit's level from its own name, and the tier a band row names. */
export const LEVEL = {
  commune: starts('xã', 'phường', 'thị trấn', 'đặc khu'),
  department: starts(
    'sở',
    'ban',
    'ngành',
    'phòng',
    'văn phòng',
    'công an',
    'chi nhánh',
    'trung tâm',
    'chi cục',
    'cục',
    'đội',
    'bộ phận',
    'hội đồng',
    'bảo hiểm',
    'BHXH',
    'kho bạc',
    'tòa án',
    'viện kiểm sát',
    'thuế',
    'điện lực',
    'bưu điện',
  ),
  district: starts('huyện', 'thị xã', 'thành phố', 'quận'),
  districtWord: anywhere('huyện'),
  /** "Cấp huyện": the district tier itself, whose own departments are district-level units. */
  districtTier: starts('cấp huyện', 'huyện'),
  bandCommune: anywhere('xã', 'phường', 'thị trấn', 'đặc khu'),
  bandDepartment: anywhere('tỉnh', 'phòng', 'cơ quan', 'sở', 'ban', 'ngành'),
};

/** Columns of a dossier-by-dossier list. */
export const LIST = {
  code: anywhere('mã hồ sơ', 'mã HS'),
  codeStart: starts('mã'),
  codeEnd: /so ho so$/,
  date: anywhere('ngày'),
  dateHeader: anywhere('ngày tiếp nhận', 'ngày hẹn', 'ngày trả', 'ngày có kết quả'),
  dateStart: starts('ngày'),
  due: anywhere('hẹn', 'hết hạn', 'hạn trả', 'hạn giải quyết'),
  dueNoDate: anywhere('hạn trả', 'hạn giải quyết', 'hạn xử lý'),
  done: anywhere(
    'có kết quả',
    'trả kết quả',
    'hoàn thành',
    'kết thúc',
    'giải quyết xong',
    'ngày trả',
    'xử lý xong',
  ),
  received: anywhere('tiếp nhận', 'nhận', 'nộp'),
  channel: anywhere('hình thức', 'kênh', 'phương thức'),
  status: anywhere('trạng thái', 'tình trạng'),
  digitized: anywhere('số hóa', 'số hoá'),
  paid: anywhere('thanh toán'),
  /** Cell values of a list. */
  yes: whole('có', 'x', 'v', 'yes', 'true', '1', 'đã số hóa', 'đã thanh toán', 'đã TTTT', '✓', '✔'),
  no: whole('không', 'no', 'false', '0', 'chưa', 'chưa số hóa', 'chưa thanh toán'),
  resolvedStatus: anywhere('đã trả', 'đã giải quyết', 'hoàn thành', 'đã xử lý', 'đã có kết quả'),
  lateStatus: anywhere('quá hạn', 'trễ hạn'),
  onlineChannel: anywhere(
    'trực tuyến',
    'online',
    'qua mạng',
    'dịch vụ công',
    'DVC',
    'mức 3',
    'mức 4',
    'mức độ 3',
    'mức độ 4',
  ),
};

/** Words that make a row look like a header row. */
export const HEADER_WORDS = anywhere(
  'STT',
  'TT',
  'đơn vị',
  'cơ quan',
  'tổng số',
  'tổng',
  'trực tuyến',
  'trực tiếp',
  'bưu chính',
  'quá hạn',
  'trễ hạn',
  'đúng hạn',
  'trước hạn',
  'sớm hạn',
  'trong hạn',
  'chưa đến hạn',
  'chưa tới hạn',
  'tiếp nhận',
  'giải quyết',
  'xử lý',
  'số hóa',
  'thanh toán',
  'tỷ lệ',
  'văn bản',
  'ký số',
  'họ tên',
  'họ và tên',
  'chức vụ',
  'mã hồ sơ',
  'ngày',
  'trạng thái',
  'kết quả',
  'đồng bộ',
  'cập nhật',
  'phí',
  'lệ phí',
  'kỳ trước',
  'ghi chú',
  'lĩnh vực',
  'thủ tục',
  'hình thức',
);

/** Rows under a header: sums, averages, bands and the signature block. */
export const ROWS = {
  /** Only an average is a benchmark; "Toàn tỉnh" is the province's total. */
  benchmark: starts('trung bình', 'bình quân', 'mức bình quân', 'chỉ tiêu', 'mục tiêu'),
  total: exactStarts(
    'tổng cộng',
    'tổng số',
    'tổng',
    'toàn tỉnh',
    'toàn huyện',
    'toàn thị xã',
    'toàn thành phố',
    'toàn quận',
    'toàn xã',
    'toàn phường',
    'toàn thị trấn',
    'toàn đặc khu',
    'toàn đơn vị',
    'cả tỉnh',
    'cộng chung',
    'cộng toàn',
    'cộng tất cả',
  ),
  totalPlain: whole('tổng cộng', 'tổng số', 'toàn huyện', 'toàn tỉnh'),
  /** Band rows: "Cấp xã", "I. Sở, ban, ngành", "II. UBND xã, phường, đặc khu". */
  band: starts(
    'cấp huyện',
    'cấp xã',
    'cấp tỉnh',
    'cấp phường',
    'khối',
    'nhóm',
    'các xã',
    'các phường',
    'các phòng',
    'các sở',
    'các đơn vị',
    'các cơ quan',
    'cơ quan chuyên môn',
    'đơn vị sự nghiệp',
    'xã, thị trấn',
    'xã, phường',
    'phường, xã',
    'phòng, ban',
    'sở, ban',
    'sở, ngành',
    'UBND xã,',
    'UBND phường,',
    'UBND các xã',
    'UBND cấp xã',
  ),
  footer: starts('người lập', 'thủ trưởng', 'nơi nhận', 'xác nhận của', 'ký tên', 'ký, ghi rõ'),
};
