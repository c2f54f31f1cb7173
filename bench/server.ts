// Starts the bundled language server over stdio like an editor would and times the first diagnostics for an opened draft.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ServerTiming {
  /** Spawn → first `textDocument/publishDiagnostics` for the draft (what the user waits for). */
  firstDiagnosticsMs: number | null;
  /** Spawn → first publish with at least one diagnostic (the corpus may still be loading before). */
  firstNonEmptyDiagnosticsMs: number | null;
  /** Spawn → the `initialize` response. */
  initializeMs: number | null;
  /** `didOpen` → first publish for the draft. */
  openToDiagnosticsMs: number | null;
  diagnostics: number;
  error?: string;
}

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

/**
 * Spawns `node <server> --stdio` in `workspace`, initialises on that folder, opens `draftPath` and
 * waits for its diagnostics (at most `timeoutMs`). Requests from the server (configuration,
 * capability registration, progress) are answered with defaults, as a plain client would.
 */
export function measureServer(
  serverPath: string,
  workspace: string,
  draftPath: string,
  timeoutMs = 20000,
  nodeArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<ServerTiming> {
  const draftUri = pathToFileURL(draftPath).href;
  const rootUri = pathToFileURL(workspace).href;
  const text = readFileSync(draftPath, 'utf8');
  const out: ServerTiming = {
    firstDiagnosticsMs: null,
    firstNonEmptyDiagnosticsMs: null,
    initializeMs: null,
    openToDiagnosticsMs: null,
    diagnostics: 0,
  };

  return new Promise((resolveTiming) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { cwd: workspace, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let openedAt = 0;
    let done = false;
    let stderr = '';
    let buffer = Buffer.alloc(0);

    const send = (msg: Message): void => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };

    const finish = (error?: string): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) out.error = error;
      // A polite shutdown first; the kill is the fallback for a server that does not exit.
      try {
        send({ id: 2, method: 'shutdown' });
        send({ method: 'exit' });
      } catch {
        // The pipe may already be closed.
      }
      const killer = setTimeout(() => child.kill('SIGKILL'), 1500);
      child.once('exit', () => {
        clearTimeout(killer);
        resolveTiming(out);
      });
    };

    const timer = setTimeout(() => {
      finish(out.firstDiagnosticsMs === null ? `no diagnostics within ${timeoutMs} ms` : undefined);
    }, timeoutMs);

    const onMessage = (msg: Message): void => {
      if (msg.id === 1 && msg.method === undefined) {
        if (msg.error) return finish(`initialize failed: ${JSON.stringify(msg.error)}`);
        out.initializeMs = performance.now() - t0;
        send({ method: 'initialized', params: {} });
        openedAt = performance.now();
        send({
          method: 'textDocument/didOpen',
          params: { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text } },
        });
        return;
      }
      if (msg.method !== undefined && msg.id !== undefined) {
        // A request from the server: answer configuration with nulls (defaults), everything else with null.
        const items = (msg.params as { items?: unknown[] } | undefined)?.items;
        send({ id: msg.id, result: msg.method === 'workspace/configuration' ? (items ?? []).map(() => null) : null });
        return;
      }
      if (msg.method === 'textDocument/publishDiagnostics') {
        const p = msg.params as { uri: string; diagnostics: unknown[] };
        if (p.uri !== draftUri) return;
        const now = performance.now();
        if (out.firstDiagnosticsMs === null) {
          out.firstDiagnosticsMs = now - t0;
          out.openToDiagnosticsMs = now - openedAt;
          // A clean draft may never get a non-empty publish: do not wait for one longer than 3 s.
          setTimeout(() => finish(), 3000);
        }
        out.diagnostics = p.diagnostics.length;
        if (p.diagnostics.length > 0) {
          out.firstNonEmptyDiagnosticsMs = now - t0;
          finish();
        }
      }
    };

    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const m = /Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'));
        if (!m) return finish('malformed header from server');
        const len = Number(m[1]);
        if (buffer.length < headerEnd + 4 + len) return;
        const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
        buffer = buffer.subarray(headerEnd + 4 + len);
        onMessage(JSON.parse(body) as Message);
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', (e) => finish(`spawn failed: ${e.message}`));
    child.on('exit', (code) => {
      if (!done) {
        done = true;
        clearTimeout(timer);
        out.error = `server exited with ${code}: ${stderr.slice(-500)}`;
        resolveTiming(out);
      }
    });

    send({
      id: 1,
      method: 'initialize',
      params: {
        processId: process.pid,
        clientInfo: { name: 'faktenlage-bench' },
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: basename(workspace) }],
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true },
          textDocument: { publishDiagnostics: { relatedInformation: true }, hover: { contentFormat: ['markdown'] } },
          window: { workDoneProgress: true },
        },
        locale: 'de',
      },
    });
  });
}

// CLI: tsx bench/server.ts [workspace] [draft] [--runs N] [--cpu-prof DIR]; defaults to demo/ and its first draft.
if (require.main === module) {
  const { join, resolve } = require('node:path') as typeof import('node:path');
  const { readdirSync } = require('node:fs') as typeof import('node:fs');
  const argv = process.argv.slice(2);
  const opt = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const positional = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const root = resolve(__dirname, '..');
  const workspace = resolve(positional[0] ?? join(root, 'demo'));
  const draft = positional[1] ? resolve(positional[1]) : join(workspace, 'drafts', readdirSync(join(workspace, 'drafts')).filter((f) => f.endsWith('.md')).sort()[0]);
  const prof = opt('--cpu-prof');
  const runs = Number(opt('--runs') ?? 3);
  (async () => {
    for (let i = 0; i < runs; i++) {
      const r = await measureServer(join(root, 'dist', 'server.js'), workspace, draft, 20000, prof ? ['--cpu-prof', '--cpu-prof-dir', prof] : []);
      console.log(JSON.stringify(r));
    }
  })();
}
