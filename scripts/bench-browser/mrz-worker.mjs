// The MRZ reader's Web Worker in headless Chromium (issue 21): the built worker (scripts/build-mrz)
// served as the proxy serves it (its Brotli siblings, Content-Encoding: br) to a page under the
// app's page policy (script-src 'self' 'wasm-unsafe-eval', no worker-src: the worker falls back to
// script-src), started as the capture step starts it, fed the generated specimens' frames as luma.
// Prints the time per frame inside the worker and from post to answer, and whether each answer is
// right (valid for a valid specimen, invalid for a broken one).
// Usage: node mrz-worker.mjs <dist dir with mrz/> <specimens dir> [frames]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { launch, median, percentile } from './browser.mjs';

const [dist, specimens, limit = '60'] = process.argv.slice(2);
// The pictures the targets are set on (not the stress variants).
const truth = JSON.parse(fs.readFileSync(path.join(specimens, 'truth.json'), 'utf8')).filter((t) => !t.stress);
// Evenly spread: all variants, formats and broken ones in the sample.
const sample = truth.filter((_, i) => i % Math.max(1, Math.floor(truth.length / Number(limit))) === 0).slice(0, Number(limit));
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.pgm': 'application/octet-stream' };

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x').pathname;
  if (url === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
    res.end('<!DOCTYPE html><title>MRZ worker bench</title>');
    return;
  }
  const [root, rest] = url.startsWith('/specimens/') ? [specimens, url.slice(11)] : [dist, url.slice(1)];
  const file = path.join(root, rest);
  if (rest.includes('..') || !fs.existsSync(file)) return res.writeHead(404).end();
  const br = fs.existsSync(file + '.br') && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
    ...(br ? { 'Content-Encoding': 'br' } : {}),
  });
  res.end(fs.readFileSync(br ? file + '.br' : file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launch();
try {
  const page = await browser.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto(`${origin}/`);
  const results = await page.evaluate(async (files) => {
    const worker = new Worker('/mrz/worker.js');
    const ask = (msg, transfer) => new Promise((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message || 'worker error'));
      worker.postMessage(msg, transfer);
    });
    const load = async (file) => {
      const bytes = new Uint8Array(await (await fetch(`/specimens/${file}`)).arrayBuffer());
      // A binary PGM: "P5 <width> <height> 255" and a whitespace, then the luma.
      let at = 0; const fields = [];
      while (fields.length < 4) {
        while (bytes[at] <= 32) at++;
        const start = at;
        while (bytes[at] > 32) at++;
        fields.push(new TextDecoder().decode(bytes.subarray(start, at)));
      }
      return { luma: bytes.slice(at + 1), width: Number(fields[1]), height: Number(fields[2]) };
    };
    const out = [];
    const first = performance.now();
    // The first frame also waits for the worker to start (its script and wasm fetched and compiled).
    for (const [i, file] of files.entries()) {
      const frame = await load(file);
      const t0 = performance.now();
      const reply = await ask({ ...frame, id: i }, [frame.luma.buffer]);
      out.push({ file, status: reply.status, ms: reply.ms, roundTrip: performance.now() - t0, startup: i === 0 ? performance.now() - first : 0 });
    }
    worker.terminate();
    return out;
  }, sample.map((t) => t.file));
  const byFile = Object.fromEntries(sample.map((t) => [t.file, t]));
  const right = results.filter((r) => (byFile[r.file].valid ? r.status === 'valid' : r.status === 'invalid')).length;
  const falseValid = results.filter((r) => r.status === 'valid' && !byFile[r.file].valid).length;
  const steady = results.slice(1);
  const ms = steady.map((r) => r.ms);
  const trip = steady.map((r) => r.roundTrip);
  console.log(`worker in headless Chromium, ${results.length} frames of 1280x720 luma (target <= 150 ms a frame)`);
  console.log(`  reading: p50 ${median(ms).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms` +
    `${percentile(ms, 95) <= 150 ? '' : '  (over 150 ms)'}`);
  console.log(`  post to answer: p50 ${median(trip).toFixed(1)} ms, p95 ${percentile(trip, 95).toFixed(1)} ms`);
  console.log(`  first frame, worker start included: ${results[0].startup.toFixed(0)} ms`);
  const wrong = results.filter((r) => (byFile[r.file].valid ? r.status !== 'valid' : r.status !== 'invalid'));
  console.log(`  answers right: ${right}/${results.length}; reported valid but wrong: ${falseValid}` +
    (wrong.length ? ` (wrong: ${wrong.map((r) => `${r.file} ${r.status}`).join(', ')})` : ''));
  if (violations.length) {
    console.log(`  CSP violations: ${violations.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.close();
}
