// Starts and stops a private code-server (VS Code in the browser) for tests and `npm start`, owning its whole process group.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, codeServerEntry, hostComplete } from './paths.mjs';

/** The folder name VS Code expects for an installed extension: publisher.name-version. */
export function extensionFolderName(root = REPO_ROOT) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return `${pkg.publisher}.${pkg.name}-${pkg.version}`;
}

/** A free TCP port on 127.0.0.1, or `preferred` when that one is free. */
export async function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const { port: got } = srv.address();
        srv.close(() => resolve(got));
      });
    });
  if (preferred) {
    const got = await tryPort(preferred);
    if (got) return got;
  }
  return tryPort(0);
}

/** Settings that keep a test host quiet: no welcome page, no trust prompt, no update or marketplace checks. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
};

const live = new Set();
let handlersInstalled = false;

/** Kills every code-server still running when this process ends, however it ends. */
function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const h of live) h.killNow();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      for (const h of live) h.killNow();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts code-server on 127.0.0.1 with its own config, user data and extensions folders in a temporary folder.
 * `extensions` are folders linked into the extensions dir (by default the repo itself, as publisher.name-version).
 * `env` is added to the server's environment, which the extension host inherits.
 * `logFile` keeps the server's output outside the temporary folder, which stop() removes.
 * `trustWorkspace: false` leaves workspace trust to the settings, so a never-trusted folder opens in restricted mode.
 */
export async function startCodeServer({
  workspace,
  port = 0,
  env = {},
  settings = {},
  extensions = [{ path: REPO_ROOT, name: extensionFolderName() }],
  logFile: logPath,
  keepTemp = false,
  trustWorkspace = true,
} = {}) {
  if (!hostComplete()) throw new Error('code-server is not installed: run `node scripts/install-test-host.mjs`');
  installExitHandlers();
  const tmp = mkdtempSync(join(tmpdir(), 'faktenlage-host-'));
  const userData = join(tmp, 'user-data');
  const extDir = join(tmp, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extDir, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  for (const ext of extensions) symlinkSync(ext.path, join(extDir, ext.name));

  const chosen = await freePort(port);
  const config = join(tmp, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${chosen}\nauth: none\ncert: false\n`);
  const logFile = logPath ?? join(tmp, 'code-server.log');
  const out = openSync(logFile, 'a');
  const args = [
    codeServerEntry(),
    '--config', config,
    '--user-data-dir', userData,
    '--extensions-dir', extDir,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${chosen}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(trustWorkspace ? ['--disable-workspace-trust'] : []),
    '--disable-getting-started-override',
  ];
  if (workspace) args.push(workspace);
  // An inherited $PORT would override --bind-addr, so it is blanked.
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, PORT: '', ...env },
  });
  closeSync(out);
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => { exited = true; resolve(code ?? signal); }));

  const handle = {
    port: chosen,
    url: `http://127.0.0.1:${chosen}`,
    pid: child.pid,
    tmp,
    userData,
    extensionsDir: extDir,
    logFile,
    /** Settles with the exit code (or signal) when the server ends. */
    exited: exit,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    /** The workbench URL for a folder, with an optional `payload` (extension development and test paths). */
    folderUrl(folder, payload) {
      let u = `${handle.url}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
      if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return u;
    },
    /** A `vscode-remote://` URI for a path on this server, as the payload parameter wants. */
    remoteUri(path) {
      return `vscode-remote://127.0.0.1:${chosen}${path}`;
    },
    killNow() {
      if (!exited) killGroup(child.pid, 'SIGKILL');
      live.delete(handle);
      if (!keepTemp) rmSync(tmp, { recursive: true, force: true });
    },
    /** Ends the whole process group (server, extension hosts, language servers), politely first. */
    async stop() {
      if (!exited) {
        killGroup(child.pid, 'SIGTERM');
        const timer = new Promise((r) => setTimeout(r, 3000, 'timeout'));
        if ((await Promise.race([exit, timer])) === 'timeout') killGroup(child.pid, 'SIGKILL');
      }
      // Children of the group may outlive the leader for a moment; make sure none remains.
      killGroup(child.pid, 'SIGKILL');
      live.delete(handle);
      if (!keepTemp) rmSync(tmp, { recursive: true, force: true });
    },
  };
  live.add(handle);

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) {
      const log = handle.log();
      handle.killNow();
      throw new Error(`code-server exited before it was ready:\n${log.split('\n').slice(-30).join('\n')}`);
    }
    try {
      const res = await fetch(`${handle.url}/healthz`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await handle.stop();
      throw new Error('code-server did not answer /healthz within 30 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return handle;
}
