// A minimal LSP client for the tests: spawns dist/server.js over stdio, with the extension's V8 options and environment, and records what the server sends.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { serverEnv, serverExecArgv } from '../../src/shared/server-flags';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, InitializeResult, ProgressToken, WorkDoneProgressBegin, WorkDoneProgressEnd, WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

type Progress = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

export interface StartOptions {
  workspace: string;
  storagePath?: string;
  locale?: string;
  trusted?: boolean;
  settings?: Record<string, unknown>;
}

/** Resolves when `test` accepts an event; every event seen so far is tested first. */
class Waiters<T> {
  private readonly waiting: { test: (x: T) => boolean; resolve: (x: T) => void }[] = [];
  readonly seen: T[] = [];

  push(x: T): void {
    this.seen.push(x);
    for (const w of [...this.waiting]) {
      if (w.test(x)) {
        this.waiting.splice(this.waiting.indexOf(w), 1);
        w.resolve(x);
      }
    }
  }

  next(test: (x: T) => boolean, what: string, timeoutMs = 15000, includeSeen = false): Promise<T> {
    if (includeSeen) {
      const hit = this.seen.find(test);
      if (hit) return Promise.resolve(hit);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      this.waiting.push({
        test,
        resolve: (x) => {
          clearTimeout(timer);
          resolve(x);
        },
      });
    });
  }
}

export class TestClient {
  readonly diagnostics = new Waiters<{ uri: string; version?: number; diagnostics: Diagnostic[] }>();
  readonly progress = new Waiters<{ token: ProgressToken; value: Progress }>();
  readonly logs = new Waiters<string>();
  readonly messages = new Waiters<string>();
  readonly status = new Waiters<{ articles: number; indexing: boolean; skipped: number }>();
  readonly progressCreated: ProgressToken[] = [];
  private versions = new Map<string, number>();

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
    readonly initializeResult: InitializeResult,
    /** What the server wrote to stderr (also passed through): an unhandled rejection or a crash shows here. */
    readonly stderr: string[],
  ) {}

  static async start(opts: StartOptions): Promise<TestClient> {
    const child = spawn(process.execPath, [...serverExecArgv(), SERVER, '--stdio'], { env: { ...process.env, ...serverEnv() }, stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr: string[] = [];
    child.stderr!.on('data', (d: Buffer) => {
      stderr.push(d.toString());
      process.stderr.write(d);
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const holder: { client?: TestClient } = {};
    const early: (() => void)[] = [];
    const later = (f: () => void) => (holder.client ? f() : early.push(f));
    connection.onNotification('textDocument/publishDiagnostics', (p) => later(() => holder.client!.diagnostics.push(p)));
    connection.onNotification('$/progress', (p) => later(() => holder.client!.progress.push(p)));
    connection.onNotification('window/logMessage', (p) => later(() => holder.client!.logs.push(p.message)));
    connection.onNotification('window/showMessage', (p) => later(() => holder.client!.messages.push(p.message)));
    connection.onNotification('faktenlage/status', (p) => later(() => holder.client!.status.push(p)));
    connection.onRequest('window/workDoneProgress/create', (p) => later(() => holder.client!.progressCreated.push(p.token)));
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'faktenlage' ? (opts.settings ?? {}) : null)),
    );
    connection.onRequest('client/registerCapability', () => null);
    // vscode-languageserver sends warnings as requests (they could carry actions); both count as messages.
    connection.onRequest('window/showMessageRequest', (p) => {
      later(() => holder.client!.messages.push(p.message));
      return null;
    });
    connection.listen();
    const result = (await connection.sendRequest('initialize', {
      processId: process.pid,
      locale: opts.locale ?? 'de',
      rootUri: URI.file(opts.workspace).toString(),
      workspaceFolders: [{ uri: URI.file(opts.workspace).toString(), name: 'ws' }],
      initializationOptions: { storagePath: opts.storagePath, trusted: opts.trusted ?? true },
      capabilities: {
        window: { workDoneProgress: true },
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: false },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } } },
        },
      },
    })) as InitializeResult;
    const client = new TestClient(connection, child, result, stderr);
    holder.client = client;
    for (const f of early) f();
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves when a full indexing pass has reported its end. */
  indexed(): Promise<unknown> {
    return this.progress.next((p) => p.value.kind === 'end', 'the end of indexing', 20000, true);
  }

  open(file: string, text: string, languageId = 'markdown'): string {
    const uri = URI.file(file).toString();
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  change(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** The next diagnostics published for `uri` that satisfy `test` (default: any). */
  diagnosticsFor(uri: string, test: (d: Diagnostic[]) => boolean = () => true, includeSeen = false): Promise<Diagnostic[]> {
    return this.diagnostics
      .next((p) => p.uri === uri && test(p.diagnostics), `diagnostics for ${uri}`, 15000, includeSeen)
      .then((p) => p.diagnostics);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; the kill below makes sure.
    }
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    setTimeout(() => this.child.kill(), 2000).unref();
    if (this.child.exitCode === null) await exited;
    this.connection.dispose();
  }
}
