/** Small measuring helpers shared by the runner and the measured child processes. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export const MB = 1024 * 1024;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Peak RSS of this process so far (getrusage ru_maxrss), in MB. */
export function maxRssMB(): number {
  return round(process.resourceUsage().maxRSS / 1024);
}

export function heapUsedMB(): number {
  return round(process.memoryUsage().heapUsed / MB);
}

/** Runs the collector when the process was started with --expose-gc. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Phase timings of one measured run. Each phase is also announced on stderr ("@phase name ms rssMB") so
 * the runner knows how far a child got when it runs out of memory.
 */
export class Phases {
  readonly list: { phase: string; ms: number; maxRssMB: number; heapUsedMB: number }[] = [];
  private last = performance.now();
  private readonly start = this.last;

  mark(phase: string): number {
    const now = performance.now();
    const ms = round(now - this.last);
    this.last = now;
    const entry = { phase, ms, maxRssMB: maxRssMB(), heapUsedMB: heapUsedMB() };
    this.list.push(entry);
    process.stderr.write(`@phase ${phase} ${ms} ${entry.maxRssMB}\n`);
    return ms;
  }

  total(): number {
    return round(performance.now() - this.start);
  }

  get(phase: string): number | undefined {
    return this.list.find((p) => p.phase === phase)?.ms;
  }
}

/** Heap high-water mark from `--trace-gc` lines: the heap size just before the largest collection. */
export function heapPeakFromTraceGc(text: string): { heapPeakMB: number | null; gcs: number; gcMs: number } {
  const re =
    /: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Mark-Compact \(reduce\))[^\d]*([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB, (?:pooled: [\d.]+ MB, )?([\d.]+) \//g;
  let peak = 0;
  let gcs = 0;
  let gcMs = 0;
  for (const m of text.matchAll(re)) {
    gcs++;
    peak = Math.max(peak, Number(m[1]), Number(m[3]));
    gcMs += Number(m[5]);
  }
  return { heapPeakMB: gcs ? round(peak) : null, gcs, gcMs: round(gcMs) };
}

/** VmHWM (peak resident set) of a live process, from /proc, in MB. */
export function procPeakRssMB(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export interface ChildOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Highest VmHWM seen while polling (survives a crash, unlike the child's own report). */
  polledPeakRssMB: number | null;
  timedOut: boolean;
}

/** Spawns a command, polls its peak RSS every 100 ms, kills it (only it) after `timeoutMs`. */
export function runChild(
  command: string,
  args: string[],
  opts: { timeoutMs: number; cwd?: string; env?: NodeJS.ProcessEnv; echo?: (line: string) => void },
): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peak: number | null = null;
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      const s = d.toString();
      stderr += s;
      if (opts.echo) for (const line of s.split('\n')) if (line.trim()) opts.echo(line);
    });
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      const p = procPeakRssMB(child.pid);
      if (p !== null) peak = Math.max(peak ?? 0, p);
    }, 100);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.on('error', (e) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        wallMs: round(performance.now() - t0),
        polledPeakRssMB: peak,
        timedOut,
      });
    });
  });
}
