import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer, type TestServer } from './support/test-server.js';
import { JATIASIH, TEST_NOW, YEAR } from './support/fixtures.js';
import { samplePdf } from './support/sample-files.js';

/**
 * Delivery of the SPA and the API: pre-compressed static files in the encoding asked for, cache
 * headers (hashed assets immutable, everything else revalidated), compressed GraphQL answers, and
 * downloads sent as they are. The SPA is a small fake build in a temporary folder.
 */
const ASSET = '/assets/app-Bq3xZ9kL.js';
const SCRIPT = `export const greeting = ${JSON.stringify('Selamat datang di KECALA Patriot. '.repeat(200))};\n`;
const INDEX = `<!doctype html><html lang="id"><head><script type="module" src="${ASSET}"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(80)}</body></html>`;

function writeFakeDist(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'kecala-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  const write = (file: string, text: string, precompress: boolean) => {
    fs.writeFileSync(path.join(dist, file), text);
    if (!precompress) return;
    fs.writeFileSync(path.join(dist, `${file}.br`), brotliCompressSync(text));
    fs.writeFileSync(path.join(dist, `${file}.gz`), gzipSync(text));
  };
  write('index.html', INDEX, true);
  write(ASSET.slice(1), SCRIPT, true);
  write('sw.js', `self.addEventListener('fetch', () => {});\n`, false);
  return dist;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET/POST with exactly these headers and the body as sent (fetch would decompress it). */
function raw(
  url: string,
  headers: Record<string, string> = {},
  body?: string,
  method = body ? 'POST' : 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('delivery: compression and caching', () => {
  let server: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = writeFakeDist();
    server = await startTestServer('embedded', { now: TEST_NOW, clientDistDir: dist });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves a hashed asset pre-compressed as brotli, gzip or identity, as the browser accepts, immutable', async () => {
    const br = await raw(`${server.url}${ASSET}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 5);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const gzip = await raw(`${server.url}${ASSET}`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);
    expect(gzip.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const identity = await raw(`${server.url}${ASSET}`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toMatch(/accept-encoding/i);
    expect(identity.body.toString()).toBe(SCRIPT);
  });

  it('answers a missing hashed asset with 404, not with index.html', async () => {
    const missing = await raw(`${server.url}/assets/gone-0000000.js`, { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).not.toMatch(/html/);
  });

  it('revalidates index.html, SPA routes and unhashed files every time, with a validator for a 304', async () => {
    for (const route of ['/', '/index.html', '/isian', '/skor/32.75.09']) {
      const page = await raw(`${server.url}${route}`, { 'accept-encoding': 'br' });
      expect(page.status, route).toBe(200);
      expect(page.headers['cache-control'], route).toBe('no-cache');
      expect(page.headers['content-encoding'], route).toBe('br');
      expect(brotliDecompressSync(page.body).toString(), route).toBe(INDEX);
      expect(page.headers.etag, route).toBeTruthy();
      expect(page.headers['last-modified'], route).toBeTruthy();
      const again = await raw(`${server.url}${route}`, {
        'accept-encoding': 'br',
        'if-none-match': page.headers.etag!,
      });
      expect(again.status, route).toBe(304);
    }
    const worker = await raw(`${server.url}/sw.js`);
    expect(worker.headers['cache-control']).toBe('no-cache');
  });

  it('compresses a GraphQL answer above the threshold as brotli, and leaves a tiny one alone', async () => {
    const query = JSON.stringify({
      query: `{ clusters(year: ${YEAR}) { code name indicators { code name guidance } } }`,
    });
    const headers = { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' };
    const big = await raw(`${server.url}/graphql`, headers, query);
    expect(big.headers['content-encoding']).toBe('br');
    expect(big.headers.vary).toMatch(/accept-encoding/i);
    const data = JSON.parse(brotliDecompressSync(big.body).toString()).data;
    expect(data.clusters.length).toBeGreaterThan(3);

    const gzip = await raw(`${server.url}/graphql`, { ...headers, 'accept-encoding': 'gzip' }, query);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString()).data).toEqual(data);

    const tiny = await raw(`${server.url}/graphql`, headers, JSON.stringify({ query: '{ __typename }' }));
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(tiny.body.toString()).data).toEqual({ __typename: 'Query' });
  });

  it('sends an evidence download and an xlsx export as stored, never re-compressed', async () => {
    const operator = await signedIn(server, 'op-3275-09');
    const auth = { authorization: `Bearer ${operator.token}` };
    const pdf = samplePdf('Bukti yang tidak dikompresi ulang', 20_000);
    const metadata = {
      year: String(YEAR),
      kecamatanCode: JATIASIH,
      indicatorCode: 'K1-04',
      requirementCode: 'DATA_AKTA_DUKCAPIL',
      filename: 'akta.pdf',
    };
    const encoded = Object.entries(metadata)
      .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
      .join(',');
    const created = await fetch(`${server.url}/uploads`, {
      method: 'POST',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': String(pdf.length),
        'Upload-Metadata': encoded,
        'Content-Type': 'application/offset+octet-stream',
        ...auth,
      },
      body: pdf,
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const id = created.headers.get('kecala-evidence-id');
    expect(id).toBeTruthy();

    const download = await raw(`${server.url}/evidence/${id}`, { ...auth, 'accept-encoding': 'br, gzip' });
    expect(download.status).toBe(200);
    expect(download.headers['content-encoding']).toBeUndefined();
    expect(Number(download.headers['content-length'])).toBe(pdf.length);
    expect(download.body.equals(pdf)).toBe(true);

    const evaluator = await signedIn(server, 'evaluator');
    const workbook = await raw(`${server.url}/exports/scoreboard.xlsx?year=${YEAR}`, {
      authorization: `Bearer ${evaluator.token}`,
      'accept-encoding': 'br, gzip',
    });
    expect(workbook.status).toBe(200);
    expect(workbook.headers['content-encoding']).toBeUndefined();
    expect(Number(workbook.headers['content-length'])).toBe(workbook.body.length);
    expect(workbook.body.subarray(0, 2).toString()).toBe('PK');
  });
});
