/**
 * Every text the task pane and the standalone page show, in Vietnamese (default) and English.
 * Findings, narratives and indicator names come translated from the engine; this module holds the rest.
 */
import type { FieldId } from '../core/detect/fields';
import type { Lang } from '../core/engine';
import type { Severity, SheetKind } from '../core/report';

export type { Lang };

/** English only when Office's display language is English ("en-US", "en-GB", ...). */
export function pickLang(displayLanguage: string | undefined | null): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export interface Strings {
  appTitle: string;
  tabs: { sheets: string; check: string; thresholds: string; indicators: string };
  busy: {
    read: (done: number, total: number) => string;
    analyze: string;
    save: string;
    insert: string;
    clear: string;
    open: string;
  };
  errors: {
    read: string;
    save: string;
    insert: string;
    clear: string;
    select: string;
    copy: string;
    open: string;
    download: string;
  };
  notices: {
    settingsSaved: string;
    inserted: (sheetName: string) => string;
    copied: string;
    cleared: string;
    nothingToCopy: string;
  };
  dismiss: string;
  readWorkbook: string;
  sheets: {
    intro: string;
    none: string;
    kind: string;
    /** The "detection decides" choice; `detected` is what detection found, when no override hides it. */
    auto: (detected: string | null) => string;
    period: string;
    noPeriod: string;
    units: (n: number) => string;
    leaders: (n: number) => string;
    unsure: string;
    columns: string;
    columnsHint: string;
    noColumn: string;
    columnOption: (letter: string, header: string) => string;
  };
  kinds: Record<SheetKind, string>;
  check: {
    run: string;
    clean: string;
    counts: (errors: number, warnings: number, infos: number) => string;
    where: (row: number | null, column: string | undefined) => string;
    selectHint: string;
  };
  severities: Record<Severity, string>;
  thresholds: {
    intro: string;
    preset: string;
    presets: Record<string, string>;
    custom: string;
    save: string;
    percentUnit: string;
    countUnit: string;
    invalidNumber: string;
    rateRange: string;
    wholeNumber: string;
  };
  indicators: {
    run: string;
    empty: string;
    unit: string;
    leader: string;
    rate: string;
    count: string;
    total: string;
    benchmark: string;
    below: string;
    threshold: (target: string) => string;
    belowCount: (below: number, all: number) => string;
    sortBy: (column: string) => string;
    narrative: string;
  };
  output: {
    title: string;
    insert: string;
    copy: string;
    clear: string;
    download: string;
  };
  notInExcel: string;
  web: {
    title: string;
    intro: string;
    choose: string;
    drop: string;
    offline: string;
    another: string;
    sample: string;
  };
  /** The sample workbook a new officer tries every step on. */
  sample: string;
  fields: Record<FieldId, string>;
}

const vi: Strings = {
  appTitle: 'Báo cáo CCHC',
  tabs: { sheets: 'Trang tính', check: 'Kiểm tra', thresholds: 'Ngưỡng', indicators: 'Chỉ tiêu' },
  busy: {
    read: (done, total) => (total ? `Đang đọc trang tính ${done}/${total}…` : 'Đang đọc bảng tính…'),
    analyze: 'Đang kiểm tra và tính chỉ tiêu…',
    save: 'Đang lưu thiết lập vào sổ làm việc…',
    insert: 'Đang chèn bảng tổng hợp…',
    clear: 'Đang xóa đánh dấu…',
    open: 'Đang mở tệp…',
  },
  errors: {
    read: 'Không đọc được bảng tính.',
    save: 'Không lưu được thiết lập vào sổ làm việc.',
    insert: 'Không chèn được bảng tổng hợp.',
    clear: 'Không xóa được đánh dấu.',
    select: 'Không chọn được ô này.',
    copy: 'Không sao chép được; hãy bôi đen đoạn văn rồi nhấn Ctrl+C.',
    open: 'Không mở được tệp. Hãy chọn một tệp Excel .xlsx (không đặt mật khẩu).',
    download: 'Không tạo được tệp tải về.',
  },
  notices: {
    settingsSaved: 'Đã lưu thiết lập vào sổ làm việc.',
    inserted: (sheetName) => `Đã chèn trang “${sheetName}” và tô màu các đơn vị chưa đạt.`,
    copied: 'Đã sao chép đoạn văn. Dán (Ctrl+V) vào công văn.',
    cleared: 'Đã xóa đánh dấu trên các trang số liệu.',
    nothingToCopy: 'Chưa có đoạn văn nào để sao chép.',
  },
  dismiss: 'Đóng',
  readWorkbook: 'Đọc bảng tính',
  sheets: {
    intro: 'Các trang tính và loại bảng nhận ra được. Sửa lại nếu nhận sai.',
    none: 'Chưa đọc bảng tính.',
    kind: 'Loại bảng',
    auto: (detected) => (detected ? `Tự nhận ra (${detected})` : 'Tự nhận ra'),
    period: 'Kỳ báo cáo',
    noPeriod: 'không ghi kỳ báo cáo',
    units: (n) => `${n} đơn vị`,
    leaders: (n) => `${n} lãnh đạo`,
    unsure: 'Chưa chắc chắn',
    columns: 'Cột dữ liệu',
    columnsHint: 'Chọn cột của bảng ứng với từng loại số liệu.',
    noColumn: 'chưa có cột',
    columnOption: (letter, header) => (header ? `${letter} – ${header}` : letter),
  },
  kinds: {
    'dossier-stats': 'Thống kê hồ sơ TTHC',
    'digitization-payment': 'Số hóa, thanh toán trực tuyến',
    signatures: 'Ký số của lãnh đạo',
    'dossier-list': 'Danh sách hồ sơ',
    empty: 'Trang trống',
    unknown: 'Không nhận ra',
  },
  check: {
    run: 'Kiểm tra',
    clean: 'Không thấy lỗi số liệu.',
    counts: (errors, warnings, infos) =>
      [errors && `${errors} lỗi`, warnings && `${warnings} cảnh báo`, infos && `${infos} lưu ý`]
        .filter(Boolean)
        .join(', '),
    where: (row, column) => (row === null ? 'Cả trang' : column ? `Ô ${column}${row}` : `Dòng ${row}`),
    selectHint: 'Bấm vào một dòng để chọn ô có vấn đề.',
  },
  severities: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  thresholds: {
    intro: 'Ngưỡng (chỉ tiêu) để đánh dấu đơn vị chưa đạt. Lưu trong sổ làm việc này.',
    preset: 'Bộ ngưỡng',
    presets: { default: 'Mặc định', 'lam-dong-2025': 'Lâm Đồng 2025' },
    custom: 'Tùy chỉnh',
    save: 'Lưu ngưỡng',
    percentUnit: '%',
    countUnit: 'hồ sơ',
    invalidNumber: 'Hãy nhập một số, ví dụ 98 hoặc 97,5.',
    rateRange: 'Tỷ lệ phải từ 0 đến 100.',
    wholeNumber: 'Hãy nhập một số nguyên từ 0 trở lên.',
  },
  indicators: {
    run: 'Tính chỉ tiêu',
    empty: 'Chưa có chỉ tiêu nào: hãy bấm “Tính chỉ tiêu”.',
    unit: 'Đơn vị',
    leader: 'Lãnh đạo',
    rate: 'Tỷ lệ',
    count: 'Số hồ sơ',
    total: 'Tổng cộng',
    benchmark: 'Trung bình toàn tỉnh',
    below: 'Chưa đạt',
    threshold: (target) => `Chỉ tiêu: ${target}`,
    belowCount: (below, all) => `${below}/${all} chưa đạt`,
    sortBy: (column) => `Sắp xếp theo ${column.toLowerCase()}`,
    narrative: 'Đoạn văn',
  },
  output: {
    title: 'Bảng tổng hợp',
    insert: 'Chèn bảng tổng hợp',
    copy: 'Sao chép đoạn văn',
    clear: 'Xóa đánh dấu',
    download: 'Tải tệp về',
  },
  notInExcel: 'Hãy mở phần bổ trợ này từ Excel (thẻ Trang đầu › Báo cáo CCHC), hoặc dùng trang web.html.',
  web: {
    title: 'Báo cáo CCHC – lập báo cáo từ tệp Excel',
    intro:
      'Chọn tệp Excel xuất từ hệ thống một cửa: trang này kiểm tra số liệu, tính chỉ tiêu và thêm trang tổng hợp.',
    choose: 'Chọn tệp .xlsx',
    drop: 'hoặc kéo thả tệp vào đây',
    offline: 'Tệp không rời khỏi máy: mọi việc làm ngay trong trình duyệt, không cần mạng.',
    another: 'Mở tệp khác',
    sample: 'Thử với tệp mẫu',
  },
  sample: 'Tệp mẫu',
  fields: {
    stt: 'STT',
    name: 'Tên đơn vị',
    recvTotal: 'Tiếp nhận: tổng số',
    recvNew: 'Tiếp nhận mới trong kỳ',
    recvOnline: 'Tiếp nhận trực tuyến',
    recvDirect: 'Tiếp nhận trực tiếp',
    recvPostal: 'Tiếp nhận qua bưu chính công ích',
    recvCarried: 'Kỳ trước chuyển qua',
    resTotal: 'Đã giải quyết: tổng số',
    resEarly: 'Đã giải quyết trước hạn',
    resOnTime: 'Đã giải quyết đúng hạn',
    resEarlyOnTime: 'Đã giải quyết trước và đúng hạn',
    resLate: 'Đã giải quyết quá hạn',
    progTotal: 'Đang giải quyết: tổng số',
    progNotDue: 'Đang giải quyết trong hạn',
    progOverdue: 'Đang giải quyết quá hạn',
    returned: 'Trả lại, rút hồ sơ',
    suspended: 'Tạm dừng xử lý',
    awaitingSupplement: 'Chờ bổ sung',
    awaitingReturn: 'Đã giải quyết, chờ trả',
    rateOnTime: 'Tỷ lệ đúng hạn ghi sẵn',
    rateOnline: 'Tỷ lệ trực tuyến ghi sẵn',
    digReceived: 'Hồ sơ tiếp nhận (số hóa)',
    digDossiers: 'Hồ sơ được số hóa',
    digRate: 'Tỷ lệ số hóa hồ sơ ghi sẵn',
    resultsTotal: 'Hồ sơ đã có kết quả',
    digResults: 'Kết quả được số hóa',
    digResultRate: 'Tỷ lệ số hóa kết quả ghi sẵn',
    feeTotal: 'Hồ sơ có phí, lệ phí',
    paidOnline: 'Hồ sơ thanh toán trực tuyến',
    payRate: 'Tỷ lệ thanh toán trực tuyến ghi sẵn',
    synced: 'Hồ sơ đồng bộ lên Cổng DVC',
    syncRate: 'Tỷ lệ đồng bộ ghi sẵn',
    leader: 'Họ tên lãnh đạo',
    position: 'Chức vụ',
    issued: 'Văn bản đi, phát hành',
    signed: 'Văn bản ký số',
    sigRate: 'Tỷ lệ ký số ghi sẵn',
    code: 'Mã hồ sơ',
    channel: 'Hình thức nộp',
    receivedDate: 'Ngày tiếp nhận',
    dueDate: 'Ngày hẹn trả',
    resultDate: 'Ngày có kết quả',
    status: 'Trạng thái',
    digitizedFlag: 'Đã số hóa',
    paidFlag: 'Đã thanh toán trực tuyến',
  },
};

const en: Strings = {
  appTitle: 'CCHC Report',
  tabs: { sheets: 'Sheets', check: 'Check', thresholds: 'Targets', indicators: 'Indicators' },
  busy: {
    read: (done, total) => (total ? `Reading sheet ${done} of ${total}…` : 'Reading the workbook…'),
    analyze: 'Checking and computing indicators…',
    save: 'Saving settings in the workbook…',
    insert: 'Inserting the summary…',
    clear: 'Clearing highlights…',
    open: 'Opening the file…',
  },
  errors: {
    read: 'The workbook could not be read.',
    save: 'The settings could not be saved in the workbook.',
    insert: 'The summary could not be inserted.',
    clear: 'The highlights could not be cleared.',
    select: 'This cell could not be selected.',
    copy: 'Copying failed; select the paragraph and press Ctrl+C.',
    open: 'The file could not be opened. Choose an Excel .xlsx file without a password.',
    download: 'The file to download could not be made.',
  },
  notices: {
    settingsSaved: 'Settings saved in the workbook.',
    inserted: (sheetName) => `Sheet “${sheetName}” inserted; units below target are shaded.`,
    copied: 'Paragraph copied. Paste it (Ctrl+V) into the letter.',
    cleared: 'Highlights removed from the data sheets.',
    nothingToCopy: 'There is no paragraph to copy yet.',
  },
  dismiss: 'Dismiss',
  readWorkbook: 'Read workbook',
  sheets: {
    intro: 'The sheets and the kind of table recognized in each. Correct them if needed.',
    none: 'The workbook has not been read yet.',
    kind: 'Kind of table',
    auto: (detected) => (detected ? `Detected (${detected})` : 'Detected'),
    period: 'Period',
    noPeriod: 'no period stated',
    units: (n) => `${n} unit${n === 1 ? '' : 's'}`,
    leaders: (n) => `${n} leader${n === 1 ? '' : 's'}`,
    unsure: 'Unsure',
    columns: 'Columns',
    columnsHint: 'Choose the column that holds each figure.',
    noColumn: 'no column',
    columnOption: (letter, header) => (header ? `${letter} – ${header}` : letter),
  },
  kinds: {
    'dossier-stats': 'Dossier statistics',
    'digitization-payment': 'Digitization and online payment',
    signatures: "Leaders' digital signatures",
    'dossier-list': 'List of dossiers',
    empty: 'Empty sheet',
    unknown: 'Not recognized',
  },
  check: {
    run: 'Check',
    clean: 'No problems found in the figures.',
    counts: (errors, warnings, infos) =>
      [
        errors && `${errors} error${errors === 1 ? '' : 's'}`,
        warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`,
        infos && `${infos} note${infos === 1 ? '' : 's'}`,
      ]
        .filter(Boolean)
        .join(', '),
    where: (row, column) => (row === null ? 'Whole sheet' : column ? `Cell ${column}${row}` : `Row ${row}`),
    selectHint: 'Click an item to select the cell at fault.',
  },
  severities: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  thresholds: {
    intro: 'Targets below which a unit is marked. Saved in this workbook.',
    preset: 'Preset',
    presets: { default: 'Default', 'lam-dong-2025': 'Lâm Đồng 2025' },
    custom: 'Custom',
    save: 'Save targets',
    percentUnit: '%',
    countUnit: 'dossiers',
    invalidNumber: 'Enter a number, e.g. 98 or 97.5.',
    rateRange: 'A rate must be between 0 and 100.',
    wholeNumber: 'Enter a whole number, 0 or more.',
  },
  indicators: {
    run: 'Compute indicators',
    empty: 'No indicators yet: click “Compute indicators”.',
    unit: 'Unit',
    leader: 'Leader',
    rate: 'Rate',
    count: 'Dossiers',
    total: 'Total',
    benchmark: 'Provincial average',
    below: 'Below target',
    threshold: (target) => `Target: ${target}`,
    belowCount: (below, all) => `${below} of ${all} below target`,
    sortBy: (column) => `Sort by ${column.toLowerCase()}`,
    narrative: 'Paragraph',
  },
  output: {
    title: 'Summary',
    insert: 'Insert summary sheet',
    copy: 'Copy paragraph',
    clear: 'Clear highlights',
    download: 'Download file',
  },
  notInExcel: 'Open this add-in from Excel (Home tab › CCHC Report), or use the page web.html.',
  web: {
    title: 'CCHC Report – from an Excel file',
    intro:
      'Choose an Excel file exported from the one-stop system: this page checks it, computes the indicators and adds a summary sheet.',
    choose: 'Choose an .xlsx file',
    drop: 'or drop the file here',
    offline: 'The file never leaves this computer: everything runs in the browser, no network needed.',
    another: 'Open another file',
    sample: 'Try the sample workbook',
  },
  sample: 'Sample workbook',
  fields: {
    stt: 'No.',
    name: 'Unit name',
    recvTotal: 'Received: total',
    recvNew: 'Received in the period',
    recvOnline: 'Received online',
    recvDirect: 'Received in person',
    recvPostal: 'Received by public post',
    recvCarried: 'Carried over',
    resTotal: 'Resolved: total',
    resEarly: 'Resolved early',
    resOnTime: 'Resolved on time',
    resEarlyOnTime: 'Resolved early or on time',
    resLate: 'Resolved late',
    progTotal: 'In progress: total',
    progNotDue: 'In progress, not yet due',
    progOverdue: 'In progress, overdue',
    returned: 'Returned or withdrawn',
    suspended: 'Suspended',
    awaitingSupplement: 'Awaiting supplements',
    awaitingReturn: 'Resolved, awaiting collection',
    rateOnTime: 'Printed on-time rate',
    rateOnline: 'Printed online rate',
    digReceived: 'Dossiers received (digitization)',
    digDossiers: 'Dossiers digitized',
    digRate: 'Printed digitization rate',
    resultsTotal: 'Dossiers with results',
    digResults: 'Results digitized',
    digResultRate: 'Printed result digitization rate',
    feeTotal: 'Dossiers with fees',
    paidOnline: 'Dossiers paid online',
    payRate: 'Printed online payment rate',
    synced: 'Dossiers synced to the portal',
    syncRate: 'Printed sync rate',
    leader: 'Leader',
    position: 'Position',
    issued: 'Documents issued',
    signed: 'Documents signed digitally',
    sigRate: 'Printed signature rate',
    code: 'Dossier code',
    channel: 'Channel',
    receivedDate: 'Date received',
    dueDate: 'Due date',
    resultDate: 'Result date',
    status: 'Status',
    digitizedFlag: 'Digitized',
    paidFlag: 'Paid online',
  },
};

const STRINGS: Record<Lang, Strings> = { vi, en };

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
