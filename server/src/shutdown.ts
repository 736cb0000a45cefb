import type { Server } from 'node:http';
import type { ServerResponse } from 'node:http';

/** How long a drain may take before the process exits anyway (KECALA_SHUTDOWN_TIMEOUT_MS). */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/** Exit codes: 0 after a full drain; 1 when the deadline cut it; 128 + signal number on a second signal. */
export const EXIT_DEADLINE = 1;
const SIGNAL_NUMBERS: Record<string, number> = { SIGINT: 2, SIGTERM: 15 };

/**
 * Stops an HTTP server the way a load balancer expects: the listening socket closes at once (new
 * connections are refused), idle keep-alive connections are closed, requests in flight finish and
 * their responses carry `Connection: close` so their connections end after them. Resolves when
 * every connection is gone — websocket upgrades included, so close those first or meanwhile.
 */
export class HttpDrain {
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();

  constructor(private readonly server: Server) {
    server.on('request', (_req, res: ServerResponse) => {
      this.inFlight.add(res);
      if (this.draining) this.markLast(res);
      res.once('close', () => {
        this.inFlight.delete(res);
        // Its connection may now be idle: close it (a response without Connection: close, e.g. one
        // whose headers went out before the drain started).
        if (this.draining) setImmediate(() => this.server.closeIdleConnections());
      });
    });
  }

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  drain(): Promise<void> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => {
      this.server.close(() => resolve());
    });
    this.server.closeIdleConnections();
    for (const res of this.inFlight) this.markLast(res);
    return closed;
  }

  private markLast(res: ServerResponse) {
    if (!res.headersSent) res.setHeader('Connection', 'close');
    res.shouldKeepAlive = false;
  }
}

export interface ShutdownSteps {
  http: Server;
  /** Closes the websocket (graphql-ws) connections with a close code. */
  closeWebSockets(): Promise<void>;
  /** Stops the app after the last request: Apollo, uploads, live events. */
  stopApp(): Promise<void>;
  /** Ends the pool (and stops the embedded database cleanly). */
  closeDatabase(): Promise<void>;
}

export interface ShutdownOptions {
  timeoutMs?: number;
  log?: (message: string) => void;
  exit?: (code: number) => void;
}

export function shutdownTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.KECALA_SHUTDOWN_TIMEOUT_MS;
  if (raw == null || raw === '') return DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`KECALA_SHUTDOWN_TIMEOUT_MS must be a whole number ≥ 1, got "${raw}"`);
  return value;
}

/** What the cluster primary sends a worker to have it drain (see cluster.ts). */
export const SHUTDOWN_REQUEST = 'kecala:shutdown';

export function isShutdownRequest(message: unknown): message is { type: typeof SHUTDOWN_REQUEST; signal: string } {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === SHUTDOWN_REQUEST &&
    typeof (message as { signal?: unknown }).signal === 'string'
  );
}

/**
 * On the first SIGTERM or SIGINT: drain (HTTP stops accepting, requests in flight finish and their
 * transactions commit or roll back, websockets closed with 1001, then the app, then the pool and the
 * embedded database), exit 0. A second signal exits at once with 128 + its number; the deadline
 * exits with 1. Returns the drain, for callers that shut down without a signal.
 */
export function installGracefulShutdown(steps: ShutdownSteps, options: ShutdownOptions = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const log = options.log ?? ((message: string) => console.log(message));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const http = new HttpDrain(steps.http);
  let stopping: Promise<void> | null = null;

  async function drain(signal: string) {
    const inFlight = http.requestsInFlight;
    const requests = http.drain();
    // Printed once the listening socket is closed: from here on new connections are refused.
    log(`${signal}: draining (${inFlight} request(s) in flight, deadline ${timeoutMs} ms)`);
    await steps.closeWebSockets();
    await requests;
    await steps.stopApp();
    await steps.closeDatabase();
  }

  function shutdown(signal: string) {
    if (stopping) {
      log(`${signal} again: exiting at once`);
      exit(128 + (SIGNAL_NUMBERS[signal] ?? 1));
      return stopping;
    }
    const deadline = setTimeout(() => {
      log(`shutdown deadline of ${timeoutMs} ms passed (${http.requestsInFlight} request(s) in flight): exiting`);
      exit(EXIT_DEADLINE);
    }, timeoutMs);
    deadline.unref();
    stopping = drain(signal).then(
      () => {
        clearTimeout(deadline);
        log('drained: exiting');
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        console.error('shutdown failed', error);
        exit(EXIT_DEADLINE);
      },
    );
    return stopping;
  }

  // A drain the cluster primary asked for (below) is not a signal: the first signal after it (the
  // terminal's own SIGINT reaching the worker) does not count as the second one.
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping && !signalled) {
      signalled = true;
      log(`${signal}: already draining`);
      return;
    }
    signalled = true;
    void shutdown(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Under the cluster the primary asks by message, not by signal: a terminal's Ctrl-C already
  // reaches every process of the group, so the primary's request must start a drain, never count
  // as the second signal that cuts it.
  process.on('message', (message: unknown) => {
    if (isShutdownRequest(message) && !stopping) void shutdown(message.signal);
  });
  return { shutdown };
}
