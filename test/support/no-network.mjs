// Loaded with `node --import` into tools the tests run (Redocly, openapi-typescript): any attempt to
// reach another machine fails and is written to stderr, so a test can assert the tool stayed offline.
import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';

const local = /^(127\.|::1$|localhost$)/;

function guard(name, original) {
  return function (...args) {
    const target = args[0];
    const host = typeof target === 'object' && target !== null ? (target.host ?? target.path ?? '') : typeof args[1] === 'string' ? args[1] : String(target);
    if (typeof host === 'string' && (local.test(host) || host.startsWith('/'))) return original.apply(this, args);
    process.stderr.write(`NETWORK ATTEMPT ${name} ${host}\n`);
    throw new Error(`${name} ${host}: the network is off for this tool`);
  };
}

net.connect = net.createConnection = guard('net.connect', net.connect);
tls.connect = guard('tls.connect', tls.connect);
dns.lookup = guard('dns.lookup', dns.lookup);
dns.promises.lookup = guard('dns.promises.lookup', dns.promises.lookup);
