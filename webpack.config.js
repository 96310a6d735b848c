/**
 * Builds the task pane (taskpane.html) and the standalone page (web.html). Everything the pages load is served from our own origin: the PCs are offline.
 *
 *   webpack --mode production --env baseUrl=https://cchc.example.gov.vn/addin/
 *   webpack --mode development            (or `npm start`, which serves it over https://localhost:3000)
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_BASE_URL = 'https://localhost:3000/';
/** package.json "1.2.3" -> manifest "1.2.3.0" (Office wants four parts). */
const manifestVersion = `${require('./package.json').version}.0`;
const OFFICE_JS_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * Both pages: nothing but our own origin. No inline script (the legacy-webview guard is a file of its
 * own, copied as is), so script-src needs neither a hash nor 'unsafe-inline'.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Griffel (Fluent UI v9) injects its styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The engine's worker is a bundle of our own (new Worker(new URL(...))), never a blob: or data: URL.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function normalizeBaseUrl(url) {
  if (!/^https:\/\//.test(url))
    throw new Error(`--env baseUrl must be an https URL (Office requires it), got "${url}"`);
  return url.endsWith('/') ? url : `${url}/`;
}

function page(name, template) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks: [name],
    templateParameters: { csp: CONTENT_SECURITY_POLICY },
  });
}

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode ?? 'production') === 'production';
  const baseUrl = production && env.baseUrl ? normalizeBaseUrl(env.baseUrl) : DEV_BASE_URL;

  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the pages' CSP forbids eval.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      web: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // Type-checking is `npm run typecheck`; here ES modules keep tree shaking working.
            transpileOnly: true,
            compilerOptions: { module: 'esnext', noEmit: false, sourceMap: true },
          },
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: 'all' },
    },
    performance: {
      // The task pane budget (350 KB gzip) is checked by test/browser/bundle.test.ts.
      hints: false,
    },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html'),
      page('web', './src/web/web.html'),
      new CopyWebpackPlugin({
        patterns: [
          {
            context: OFFICE_JS_DIST,
            from: '{office.js,o15apptofilemappingtable.js,excel*.js,vi-vn/office_strings.js,en-us/office_strings.js}',
            to: 'office-js/',
            globOptions: { ignore: ['**/*.debug.js'] },
            // Already minified by Microsoft: copied byte for byte, not run through Terser again.
            info: { minimized: true },
          },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // Attribute values only (they open with a quote), not the comment that explains the rewrite;
            // <Version> follows package.json so every release invalidates Office's manifest cache.
            transform: (content) =>
              content
                .toString()
                .split(`"${DEV_BASE_URL}`)
                .join(`"${baseUrl}`)
                .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion}</Version>`),
          },
          { from: 'assets', to: 'assets' },
          // ES5 for Trident/EdgeHTML: must reach them exactly as written, before any bundle.
          { from: 'src/taskpane/legacy-guard.js', to: 'legacy-guard.js', info: { minimized: true } },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: 'localhost',
      hot: false,
      static: false,
      headers: { 'Cache-Control': 'no-cache' },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
