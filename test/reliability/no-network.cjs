/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Preload (node --require) that makes every network call fail: TCP/TLS sockets, DNS, http(s), fetch.
 * Each attempt is also appended to the file named by NO_NETWORK_LOG, so a caught error still shows.
 * Local IPC pipes (net.connect({ path })) stay allowed: they never leave the machine.
 */
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');

function blocked(what) {
  if (process.env.NO_NETWORK_LOG) fs.appendFileSync(process.env.NO_NETWORK_LOG, `${process.pid} ${what}\n`);
  throw new Error(`no-network: ${what} is blocked`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const pipe = typeof first === 'string' ? Number.isNaN(Number(first)) : first && first.path !== undefined;
  if (!pipe) blocked(`net.Socket.connect(${JSON.stringify(first)})`);
  return connect.apply(this, args);
};
tls.connect = () => blocked('tls.connect');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  dns[name] = () => blocked(`dns.${name}`);
  if (dns.promises[name]) dns.promises[name] = () => blocked(`dns.promises.${name}`);
}
for (const [mod, label] of [
  [http, 'http'],
  [https, 'https'],
]) {
  mod.request = () => blocked(`${label}.request`);
  mod.get = () => blocked(`${label}.get`);
}
globalThis.fetch = () => blocked('fetch');
if (process.env.NO_NETWORK_LOG) fs.appendFileSync(process.env.NO_NETWORK_LOG, `${process.pid} armed\n`);
