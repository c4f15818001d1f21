import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
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

/**
 * Serves test/fixtures (and test/finder-corpus under /finder-corpus/) on 127.0.0.1 for any host name. The browsers use it as their HTTP proxy, so
 * `http://selfservice.udi.no/x.html` and `http://example.org/x.html` both reach the same files while the
 * browser believes it talks to those hosts. CONNECT (https) is refused, so nothing leaves the machine.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const submissions: Submission[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
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
      const body = await readFile(
        path.startsWith(CORPUS_PREFIX)
          ? join(CORPUS, path.slice(CORPUS_PREFIX.length))
          : join(FIXTURES, path),
      );
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      notFound(res);
    }
  });
  server.on('connect', (req, socket) => {
    const [host = ''] = (req.url ?? '').split(':');
    requests.push({ method: 'CONNECT', host, path: '', raw: req.url ?? '', initiator: '' });
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    submissions,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function notFound(res: import('node:http').ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
