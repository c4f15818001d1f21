import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expand, FIXTURES } from '../../shared/fixture-page.ts';

/** The finder's labelled corpus (scripts/bench-finder.ts), served under its own path prefix. */
const CORPUS = join(import.meta.dirname, '..', '..', 'finder-corpus');
const CORPUS_PREFIX = '/finder-corpus/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** A form post a fixture page sent to /submit, as the page's own server would receive it. */
export interface Submission {
  host: string;
  path: string;
  fields: Record<string, string>;
}

/** One request as the proxy saw it: enough to tell who sent it and what it carried. */
export interface SeenRequest {
  method: string;
  host: string;
  path: string;
  /** The full URL with query, the request headers and body, for leak searches. */
  raw: string;
  /** Origin or Referer, when the browser sent one (an extension page sends its own scheme). */
  initiator: string;
}

export interface FixtureServer {
  port: number;
  /** Every request seen, in order, https CONNECTs included (the extension itself must add none). */
  requests: SeenRequest[];
  submissions: Submission[];
  close(): Promise<void>;
}

/** The hosts served over https too (the shipped build runs on https only); any other CONNECT is refused. */
const TLS_HOSTS = /^((.+\.)?udi\.no|example\.org)$/;

let certificate: { key: string; cert: string } | undefined;

/**
 * A self-signed certificate for the https hosts, made with openssl (Debian ships it) once per test run;
 * the browsers are launched to accept it (browsers.ts). Nothing about it is committed.
 */
function tlsCertificate(): { key: string; cert: string } {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'udi-e2e-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=udi.no',
        '-addext',
        'subjectAltName=DNS:udi.no,DNS:*.udi.no,DNS:example.org',
      ],
      { stdio: 'ignore' },
    );
    certificate = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
    return certificate;
  } catch (error) {
    throw new Error(
      `openssl could not make the test certificate for https fixtures (${String(error)}). Install it with: sudo apt-get install -y openssl`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves test/fixtures (and test/finder-corpus under /finder-corpus/) on 127.0.0.1 for any host name. The browsers use it as their HTTP proxy, so
 * `http://selfservice.udi.no/x.html` and `http://example.org/x.html` both reach the same files while the
 * browser believes it talks to those hosts. A CONNECT to one of those hosts on port 443 is answered by a
 * local TLS server with a certificate made at start (`https://selfservice.udi.no/x.html` works too); any
 * other CONNECT is refused, so nothing leaves the machine.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const submissions: Submission[] = [];
  const serve = (scheme: 'http' | 'https') => async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
    const text = req.method === 'POST' ? await readBody(req) : '';
    requests.push({
      method: req.method ?? 'GET',
      host: url.hostname,
      path: url.pathname,
      raw: [url.href, JSON.stringify(req.headers), text].join('\n'),
      initiator: String(req.headers.origin ?? req.headers.referer ?? ''),
    });
    if (req.method === 'POST') {
      const body = new URLSearchParams(text);
      submissions.push({ host: url.hostname, path: url.pathname, fields: Object.fromEntries(body) });
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end('<!doctype html><title>Received</title><h1 id="received">Received</h1>');
      return;
    }
    const path = normalize(url.pathname === '/' ? '/index.html' : url.pathname);
    if (path.includes('..')) return notFound(res);
    try {
      const fromCorpus = path.startsWith(CORPUS_PREFIX);
      const file = fromCorpus ? join(CORPUS, path.slice(CORPUS_PREFIX.length)) : join(FIXTURES, path);
      const body = await readFile(file);
      // A fixture page's includes are filled in as it is served (test/shared/fixture-page.ts).
      const served = !fromCorpus && /\.x?html$/.test(path) ? expand(body.toString('utf8')) : body;
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(served);
    } catch {
      notFound(res);
    }
  };
  const server = createServer(serve('http'));
  const tls = createTlsServer(tlsCertificate(), serve('https'));
  server.on('connect', (req, socket, head) => {
    const [host = '', port] = (req.url ?? '').split(':');
    requests.push({ method: 'CONNECT', host, path: '', raw: req.url ?? '', initiator: '' });
    if (!TLS_HOSTS.test(host) || port !== '443') {
      socket.destroy();
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    tls.emit('connection', socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    submissions,
    close: () =>
      new Promise((resolve) => {
        tls.closeAllConnections();
        tls.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
