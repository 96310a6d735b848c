/**
 * Import cycles in src/, type-only imports included (import-x/no-cycle skips those, and the cycle
 * issue 15 found went through `import type { Lang }`). Exits 1 and prints each cycle found.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..', 'src');

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const c of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(c)) return c;
  return null;
}

const files = sources(root);
const edges = new Map(
  files.map((f) => [
    f,
    ts
      .preProcessFile(readFileSync(f, 'utf8'), true, true)
      .importedFiles.map((i) => resolveImport(f, i.fileName))
      .filter(Boolean),
  ]),
);

const cycles = [];
const state = new Map(); // 1 on the stack, 2 done
const stack = [];
function visit(f) {
  state.set(f, 1);
  stack.push(f);
  for (const g of edges.get(f) ?? []) {
    if (state.get(g) === 1) cycles.push([...stack.slice(stack.indexOf(g)), g]);
    else if (!state.has(g)) visit(g);
  }
  stack.pop();
  state.set(f, 2);
}
for (const f of files) if (!state.has(f)) visit(f);

for (const c of cycles) console.error('import cycle: ' + c.map((f) => relative(root, f)).join(' -> '));
if (cycles.length) process.exit(1);
console.log(`no import cycle in ${files.length} files of src/`);
