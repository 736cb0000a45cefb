import type { CDPSession, Page } from '@playwright/test';

/**
 * Chromium DevTools' "Slow 4G" as the issue measures it: 400 ms round trip, 1.6 Mbps down,
 * 750 kbps up (kilo = 1024, as Lighthouse's presets), CPU 4× slower.
 */
export const SLOW_4G = {
  latency: 400,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuSlowdown: 4,
};

export async function emulateSlow4G(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_4G.latency,
    downloadThroughput: SLOW_4G.downloadThroughput,
    uploadThroughput: SLOW_4G.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdown });
  return cdp;
}

export interface ScriptBytes {
  /** Bytes on the wire (compressed bodies plus headers), CDP's encodedDataLength. */
  transferred: number;
  /** Bytes after decoding (the scripts as parsed). */
  decoded: number;
  count: number;
}

/** Counts every JavaScript response from now until `stop()`. */
export function countScriptBytes(cdp: CDPSession): { stop(): ScriptBytes } {
  const scripts = new Map<string, { transferred: number; decoded: number }>();
  const onResponse = (event: { requestId: string; type: string; response: { mimeType: string; url: string } }) => {
    if (event.type === 'Script' || /javascript/.test(event.response.mimeType))
      scripts.set(event.requestId, { transferred: 0, decoded: 0 });
  };
  const onData = (event: { requestId: string; dataLength: number }) => {
    const script = scripts.get(event.requestId);
    if (script) script.decoded += event.dataLength;
  };
  const onFinished = (event: { requestId: string; encodedDataLength: number }) => {
    const script = scripts.get(event.requestId);
    if (script) script.transferred = event.encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.dataReceived', onData);
  cdp.on('Network.loadingFinished', onFinished);
  return {
    stop() {
      cdp.off('Network.responseReceived', onResponse);
      cdp.off('Network.dataReceived', onData);
      cdp.off('Network.loadingFinished', onFinished);
      const all = [...scripts.values()];
      return {
        transferred: sum(all.map((s) => s.transferred)),
        decoded: sum(all.map((s) => s.decoded)),
        count: all.length,
      };
    },
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export interface CacheUse {
  responses: number;
  /** Served from the memory or disk cache or by a service worker, without the network. */
  fromCache: number;
}

/** Counts responses and those that did not need the network, from now until `stop()`. */
export function countCacheUse(cdp: CDPSession): { stop(): CacheUse } {
  const seen = new Set<string>();
  const cached = new Set<string>();
  const onResponse = (event: {
    requestId: string;
    response: { fromDiskCache?: boolean; fromServiceWorker?: boolean; fromPrefetchCache?: boolean };
  }) => {
    seen.add(event.requestId);
    if (event.response.fromDiskCache || event.response.fromServiceWorker || event.response.fromPrefetchCache)
      cached.add(event.requestId);
  };
  const onMemoryCache = (event: { requestId: string }) => void cached.add(event.requestId);
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.requestServedFromCache', onMemoryCache);
  return {
    stop() {
      cdp.off('Network.responseReceived', onResponse);
      cdp.off('Network.requestServedFromCache', onMemoryCache);
      return { responses: seen.size, fromCache: cached.size };
    },
  };
}
