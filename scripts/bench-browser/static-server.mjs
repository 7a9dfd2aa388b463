// A static server on loopback for Onfido's web SDK page, as a CDN serves it: every file is sent
// gzip-compressed (Content-Encoding: gzip, compressed once and kept in memory, so the clock sees
// no compression time) with its content type.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2' };

/** Serves `files` (URL → file) and `folders` (URL prefix → folder) on 127.0.0.1, at a free port. */
export async function serveStatic({ files = {}, folders = {} }) {
  const cache = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x').pathname;
    const dir = Object.keys(folders).find((prefix) => url.startsWith(prefix));
    const file = files[url] ?? (dir && path.join(folders[dir], url.slice(dir.length)));
    if (!file || file.includes('..') || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    if (!cache.has(file)) cache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
    const body = cache.get(file);
    res.writeHead(200, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      'Cache-Control': 'public, max-age=31536000',
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
