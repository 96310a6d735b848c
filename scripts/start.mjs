#!/usr/bin/env node
/**
 * `npm start`: serves the task pane, the standalone page, office.js, the manifest and the icons over
 * https://localhost:3000 (webpack-dev-server, development build), with the Office development
 * certificates. Works unattended on a fresh machine: when the development CA cannot be put into a
 * trust store, the certificates are still made and used, and the way to trust them is printed.
 */
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const devCerts = require('office-addin-dev-certs');
const certPaths = require('office-addin-dev-certs/lib/defaults');

/**
 * office-addin-usage-data 3.x (pulled in by office-addin-dev-certs) sends nothing: every reporting method is a
 * no-op and it reads no setting. Versions before 3 read ~/office-addin-usage-data.json; should one be installed,
 * that file is written with usage data "off" for the Office CLI tools' group.
 */
function keepTelemetryOff() {
  const { version } = require('office-addin-usage-data/package.json');
  if (Number(version.split('.')[0]) >= 3) return;
  const file = path.join(os.homedir(), 'office-addin-usage-data.json');
  const data = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8') || '{}') : {};
  data.usageDataInstances = {
    ...data.usageDataInstances,
    'office-addin-usage-data': { usageDataLevel: 'off' },
  };
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
}

function commandSucceeds(command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/** True when the certificate files exist, belong together and stay valid for at least a day. */
function certificatesUsable() {
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(certPaths.localhostCertificatePath));
    const key = crypto.createPrivateKey(fs.readFileSync(certPaths.localhostKeyPath));
    return cert.checkPrivateKey(key) && Date.parse(cert.validTo) > Date.now() + 86_400_000;
  } catch {
    return false;
  }
}

/** Linux as root without sudo: the package's install script (which calls sudo) cannot run, so do what it does. */
function trustCaAsRoot() {
  const tool = '/usr/sbin/update-ca-certificates';
  if (process.getuid?.() !== 0 || !fs.existsSync(tool)) return false;
  const dir = '/usr/local/share/ca-certificates/office-addin-dev-certs';
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(certPaths.caCertificatePath, path.join(dir, certPaths.caCertificateFileName));
  return commandSucceeds(tool, []);
}

function printHowToTrust() {
  const ca = certPaths.caCertificatePath;
  console.warn(
    [
      '',
      'The development CA could not be added to a trust store; the server runs, but browsers and Office will warn',
      `about its certificate until you trust ${ca}:`,
      `  Windows:  certutil -user -addstore Root "${ca}"`,
      `  macOS:    security add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db "${ca}"`,
      `  Linux:    sudo cp "${ca}" /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
      `  Chromium on Linux also needs: certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n office-addin-dev -i "${ca}"`,
      '',
    ].join('\n'),
  );
}

async function httpsOptions() {
  // The package installs the CA itself where it can do so without a password prompt blocking an unattended run.
  const unattendedInstall = process.platform !== 'linux' || commandSucceeds('sudo', ['-n', 'true']);
  if (unattendedInstall) {
    try {
      return await devCerts.getHttpsServerOptions();
    } catch (err) {
      console.warn(`Installing the development CA failed: ${String(err.message ?? err).split('\n')[0]}`);
    }
  }
  if (!certificatesUsable()) {
    devCerts.deleteCertificateFiles();
    await devCerts.generateCertificates();
  }
  if (!unattendedInstall && trustCaAsRoot()) console.log(`Development CA added to the system trust store.`);
  else printHowToTrust();
  const read = (file) => fs.readFileSync(file);
  return {
    ca: read(certPaths.caCertificatePath),
    cert: read(certPaths.localhostCertificatePath),
    key: read(certPaths.localhostKeyPath),
  };
}

async function main() {
  keepTelemetryOff();
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = require(path.join(root, 'webpack.config.js'))({}, { mode: 'development' });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    { ...config.devServer, server: { type: 'https', options: await httpsOptions() } },
    compiler,
  );
  const base = `https://localhost:${config.devServer.port}/`;
  let announced = false;
  compiler.hooks.done.tap('announce', (stats) => {
    if (announced || stats.hasErrors()) return;
    announced = true;
    console.log(
      [
        '',
        `Báo cáo CCHC is served at ${base}`,
        `  Task pane manifest to sideload: ${path.join(root, 'manifest.xml')}`,
        '    Excel on Windows: put it in a shared folder listed under Trust Center > Trusted Add-in Catalogs,',
        '    then Insert > My Add-ins > Shared Folder. Excel on the web: Insert > Add-ins > Upload My Add-in.',
        `  Standalone page (no Excel needed): ${base}web.html`,
        '',
      ].join('\n'),
    );
  });
  await server.start();
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => void server.stop().then(() => process.exit(0)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
