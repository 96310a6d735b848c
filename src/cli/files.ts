/**
 * File system work of the command line with one Vietnamese line per failure: reading the input and the
 * thresholds file, and safe writes (a temporary file beside the target, renamed over it once complete,
 * so a full disk or a crash leaves the target as it was and no partial file).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export class CliError extends Error {}

function reason(e: NodeJS.ErrnoException, file: string, action: 'đọc' | 'ghi'): string {
  switch (e.code) {
    case 'ENOENT':
      return action === 'đọc'
        ? `Không tìm thấy tệp ${file}`
        : `Không có thư mục ${path.dirname(file)} để ghi ${file}`;
    case 'EISDIR':
      return `${file} là một thư mục, không phải tệp`;
    case 'ENOTDIR':
      return `Đường dẫn ${file} không hợp lệ (một phần của nó là tệp, không phải thư mục)`;
    case 'EACCES':
    case 'EPERM':
      return `Không có quyền ${action} ${file}`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `Ổ đĩa đã đầy, không ghi được ${file}; không tệp nào bị thay đổi`;
    case 'EROFS':
      return `Ổ đĩa chỉ đọc, không ghi được ${file}`;
    default:
      return `Không ${action} được ${file} (${e.code ?? e.message})`;
  }
}

export function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliError(reason(e as NodeJS.ErrnoException, file, 'đọc'));
  }
}

/** The real path of a file, or of where it would be created (its folder resolved, symlinks too). */
export function realTarget(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(path.resolve(file))), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** Writes for fs.writeFileSync; swapped by the tests to simulate a full disk. */
export const io = { writeFileSync: fs.writeFileSync };

/** A temporary file beside each target, all renamed only once every one is complete. */
export function writeAll(files: { file: string; data: Uint8Array | string }[]): void {
  const temps: { temp: string; file: string }[] = [];
  try {
    for (const { file, data } of files) {
      if (fs.existsSync(file) && fs.statSync(file).isDirectory())
        throw new CliError(reason({ code: 'EISDIR' } as NodeJS.ErrnoException, file, 'ghi'));
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
      try {
        temps.push({ temp, file });
        io.writeFileSync(temp, data);
      } catch (e) {
        throw new CliError(reason(e as NodeJS.ErrnoException, file, 'ghi'));
      }
    }
    for (const { temp, file } of temps)
      try {
        fs.renameSync(temp, file);
      } catch (e) {
        throw new CliError(reason(e as NodeJS.ErrnoException, file, 'ghi'));
      }
  } finally {
    for (const { temp } of temps) fs.rmSync(temp, { force: true });
  }
}

/** "dòng 3, cột 14" for a character offset in a text. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `dòng ${before.length}, cột ${before[before.length - 1].length + 1}`;
}

/** node's zlib for the package reader, stopped at the declared size (a lying part throws a RangeError). */
export const zlibInflate = (data: Uint8Array, limit: number) =>
  zlib.inflateRawSync(data, { maxOutputLength: Math.max(limit, 1), chunkSize: 1 << 20 });
