import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { type EmbeddedServer, ensureDatabase, startEmbeddedPostgres } from '../db/embedded';
import { e2eSlot } from './slot';

/**
 * An app instance and a PostgreSQL that a spec controls itself (stop, start, kill), beside the suite's
 * own server. The instance runs the suite's production build (playwright.config.ts builds it into the
 * slot's dist folder before any spec runs) through the real launcher (scripts/app.ts start), against a
 * database the spec started, so the spec can restart either one in the middle of a test.
 */
const AUTH_SECRET = 'own-instance-secret-for-e2e-only-0123456789';

export class OwnDatabase {
  private server: EmbeddedServer | undefined;
  constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  /** Starts (or starts again, on the same data and port) the embedded PostgreSQL. */
  async start() {
    await mkdir(this.dataDir, { recursive: true });
    this.server = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.port });
    if (this.server.port !== this.port) throw new Error(`port ${this.port} is taken`);
    await ensureDatabase(this.server.url(), 'balanspunt');
  }

  async stop() {
    await this.server?.stop();
    this.server = undefined;
  }

  url() {
    return `postgres://postgres:embedded@127.0.0.1:${this.port}/balanspunt`;
  }

  sql() {
    return postgres(this.url(), { max: 1, onnotice: () => {} });
  }

  /** A fresh data folder: what an earlier run left is removed first. */
  static async fresh(name: string, portOffset: number) {
    const dir = path.resolve(e2eSlot().dataDir, '..', `${path.basename(e2eSlot().dataDir)}-${name}`);
    await rm(dir, { recursive: true, force: true });
    return new OwnDatabase(path.join(dir, 'postgres'), e2eSlot().dbPort + portOffset);
  }
}

export class OwnApp {
  private child: ChildProcess | undefined;
  readonly log: string[] = [];
  constructor(
    readonly port: number,
    readonly databaseUrl: string,
    readonly extraEnv: Record<string, string> = {},
  ) {}

  get baseURL() {
    return `http://localhost:${this.port}`;
  }

  /** Starts the launcher (it migrates, then runs Next.js and the mail worker) and waits until /api/health answers. */
  async start(timeoutMs = 90_000) {
    const slot = e2eSlot();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/app.ts', 'start'], {
      cwd: process.cwd(),
      // Its own process group, so a kill reaches Next.js too (the launcher's child).
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // A local production build: no SMTP and http on loopback are expected here (see lib/runtime/production-checks.ts).
        ALLOW_LOCAL_PRODUCTION: '1',
        PORT: String(this.port),
        DATABASE_URL: this.databaseUrl,
        AUTH_SECRET,
        APP_URL: this.extraEnv.APP_URL ?? this.baseURL,
        DATA_DIR: path.resolve(slot.dataDir, '..', `own-app-${this.port}`),
        NEXT_DIST_DIR: slot.distDir,
        NODE_ENV: 'production',
        SEED_DEMO: '0',
        NEXT_TELEMETRY_DISABLED: '1',
        ...this.extraEnv,
      },
    });
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
    this.child = child;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the app on port ${this.port} exited:\n${this.log.join('')}`);
      const healthy = await fetch(`${this.baseURL}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (healthy) return;
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error(`the app on port ${this.port} did not become healthy:\n${this.log.join('')}`);
  }

  /** SIGTERM: the launcher stops Next.js and the worker in order. SIGKILL: the whole process group dies at once. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid!, signal);
    } catch {
      child.kill(signal);
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    // Next.js may outlive a launcher killed with SIGTERM in the worst case: never leave it holding the port.
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    this.child = undefined;
  }
}
