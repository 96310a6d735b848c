/** Command-line arguments of `npm run summarize` (report-contract.md). */
import { CliError } from './files';
export interface CliArgs {
  input: string;
  out?: string;
  json?: string;
  thresholds?: string;
  lang: 'vi' | 'en';
}

export function parseArgs(argv: string[]): CliArgs {
  const args: Partial<CliArgs> = { lang: 'vi' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new CliError(`Thiếu giá trị sau ${a}`);
      return v;
    };
    if (a === '--out') args.out = next();
    else if (a === '--json') args.json = next();
    else if (a === '--thresholds') args.thresholds = next();
    else if (a === '--lang') {
      const l = next();
      if (l !== 'vi' && l !== 'en') throw new CliError(`--lang phải là vi hoặc en, không phải "${l}"`);
      args.lang = l;
    } else if (a.startsWith('--')) throw new CliError(`Không hiểu tham số ${a}`);
    else if (!args.input) args.input = a;
    else throw new CliError(`Thừa tham số ${a}`);
  }
  if (!args.input)
    throw new CliError(
      'Cách dùng: npm run summarize -- <tệp.xlsx> --out <kết-quả.xlsx> --json <báo-cáo.json> [--thresholds <tệp.json>] [--lang vi|en]',
    );
  return args as CliArgs;
}
