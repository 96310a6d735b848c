/**
 * Fallback production build for the benchmark only, used when `npx webpack --mode production` fails
 * with "Cannot find module 'ajv/dist/compile/codegen'".
 *
 * Cause (package-lock.json as of 5542d33, since fixed): ajv-keywords@5.1.0 (needs ajv 8) was hoisted
 * to node_modules/ajv-keywords while node_modules/ajv was ajv@6.15.0 (eslint's); ajv 8 sat only in
 * node_modules/schema-utils/node_modules/ajv. copy-webpack-plugin -> schema-utils -> ajv-keywords then
 * resolved ajv 6 and the build dies before compiling anything. This script runs the same
 * webpack.config.js through webpack's Node API with one change: `ajv` required from inside ajv-keywords
 * resolves to schema-utils' ajv 8. The bundles are the ones `npm run build` would emit.
 */
import Module from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const schemaUtils = path.dirname(require.resolve('schema-utils/package.json', { paths: [ROOT] }));
const ajv8 = path.dirname(require.resolve('ajv/package.json', { paths: [schemaUtils] }));

type Resolve = (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string;
const mod = Module as unknown as { _resolveFilename: Resolve };
const original = mod._resolveFilename;
mod._resolveFilename = function (request, parent, ...rest) {
  if (
    (request === 'ajv' || request.startsWith('ajv/')) &&
    parent?.filename?.includes(`${path.sep}ajv-keywords${path.sep}`)
  )
    return original.call(this, path.join(ajv8, request.slice('ajv'.length)), parent, ...rest);
  return original.call(this, request, parent, ...rest);
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpack = require('webpack') as typeof import('webpack');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (
  env: Record<string, string>,
  argv: Record<string, string>,
) => import('webpack').Configuration;

process.chdir(ROOT);
webpack(makeConfig({}, { mode: 'production' }), (err, stats) => {
  if (err || !stats || stats.hasErrors()) {
    process.stderr.write(
      `${err?.message ?? stats?.toString({ all: false, errors: true }) ?? 'build failed'}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`${stats.toString({ all: false, assets: true, colors: false })}\n`);
});
