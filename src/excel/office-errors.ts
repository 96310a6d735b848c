/**
 * Office's error codes turned into what the officer should do, in the pane's language. Office's own
 * message is English and says what failed, not what to do; it stays attached as the error's cause.
 */
import type { Lang } from '../core';

const MESSAGES: Record<string, Record<Lang, string>> = {
  InvalidOperationInCellEditMode: {
    vi: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để rời ô đang gõ, rồi bấm lại.',
    en: 'Excel is in cell edit mode. Press Enter or Esc to leave the cell you are typing in, then try again.',
  },
  AccessDenied: {
    vi: 'Excel không cho phép thay đổi: sheet hoặc cấu trúc sổ tính đang được bảo vệ, hoặc tệp chỉ được đọc. Bỏ bảo vệ (Xem lại > Bỏ bảo vệ) hoặc mở tệp với quyền sửa, rồi bấm lại.',
    en: 'Excel refused the change: the sheet or the workbook structure is protected, or the file is read-only. Unprotect it (Review > Unprotect) or open the file for editing, then try again.',
  },
  InactiveWorkbook: {
    vi: 'Sổ tính không còn là cửa sổ đang làm việc (đã đóng hoặc đang mở một sổ tính khác). Bấm vào cửa sổ sổ tính này, rồi bấm lại.',
    en: 'The workbook is no longer the active window (closed, or another workbook is in front). Click into this workbook, then try again.',
  },
  ItemAlreadyExists: {
    vi: 'Đã có một sheet hoặc tên trùng trong sổ tính. Đổi tên sheet trùng (hoặc tên trang tổng hợp trong Cài đặt), rồi bấm lại.',
    en: 'A sheet or name with the same name already exists. Rename that sheet (or the summary sheet name in the settings), then try again.',
  },
  RequestPayloadSizeLimitExceeded: {
    vi: 'Dữ liệu gửi cho Excel quá lớn cho một lần (giới hạn 5 MB của Excel trên web). Bấm lại; nếu vẫn lỗi, hãy dùng Excel trên máy tính hoặc trang web của công cụ.',
    en: 'Too much data for one request to Excel (the 5 MB limit of Excel on the web). Try again; if it fails again, use desktop Excel or the tool’s web page.',
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: 'Dữ liệu Excel trả về quá lớn cho một lần (giới hạn 5 MB của Excel trên web). Bấm lại; nếu vẫn lỗi, hãy dùng Excel trên máy tính hoặc trang web của công cụ.',
    en: 'Excel’s answer was too large for one request (the 5 MB limit of Excel on the web). Try again; if it fails again, use desktop Excel or the tool’s web page.',
  },
};

function codeOf(err: unknown): string | undefined {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** The officer's message for an Office error, or null for errors without a known remedy. */
export function officeErrorMessage(err: unknown, lang: Lang): string | null {
  const code = codeOf(err);
  return code && MESSAGES[code] ? MESSAGES[code][lang] : null;
}

/** The same error, told the officer's way where Office's code has a remedy; other errors pass as they are. */
export function explainOfficeError(err: unknown, lang: Lang): unknown {
  const message = officeErrorMessage(err, lang);
  return message ? Object.assign(new Error(message, { cause: err }), { code: codeOf(err) }) : err;
}

/** Messages for states the adapter detects itself before Excel would refuse. */
export const adapterMessages = {
  hiddenSheet: (sheet: string, cell: string, lang: Lang) =>
    lang === 'vi'
      ? `Sheet “${sheet}” đang ẩn nên không chọn được ô ${cell}. Bỏ ẩn sheet (chuột phải vào tên một sheet > Bỏ ẩn), rồi bấm lại.`
      : `Sheet “${sheet}” is hidden, so cell ${cell} cannot be selected. Unhide it (right-click a sheet tab > Unhide), then try again.`,
  structureProtected: (lang: Lang) =>
    lang === 'vi'
      ? 'Cấu trúc sổ tính đang được bảo vệ nên không lưu được cài đặt (cần thêm một sheet ẩn). Bỏ bảo vệ (Xem lại > Bảo vệ sổ làm việc), rồi bấm lại.'
      : 'The workbook structure is protected, so the settings cannot be saved (they need a hidden sheet). Unprotect it (Review > Protect Workbook), then try again.',
};
