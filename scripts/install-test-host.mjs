#!/usr/bin/env node
// Installs code-server (VS Code in the browser) into .cache/test-host without its postinstall, so the extension can be tested in a real VS Code offline.
//
// code-server's own postinstall refuses to run as root and downloads ripgrep from the network,
// so its steps are done here by hand (see /work/shared/guides/real-vscode.md). The script is
// idempotent: a marker file holding the version is written last and a complete host is skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, chmodSync, rmSync, symlinkSync, lstatSync, appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_DIR, CODE_SERVER_VERSION, codeServerEntry, hostComplete, MARKER } from './host/paths.mjs';

const LOG = join(HOST_DIR, 'install.log');

/** Debian packages the host needs: the browser, ripgrep for search, headers for the native modules. */
const DEBIAN_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'libsecret-1-dev', 'pkg-config', 'build-essential', 'python3'];

function say(line) {
  console.log(`[test-host] ${line}`);
}

/** Runs a command with its output going to the install log; on failure prints the log's tail and exits. */
function run(cmd, args, opts = {}) {
  appendFileSync(LOG, `\n$ (cd ${opts.cwd ?? process.cwd()}) ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  appendFileSync(LOG, (r.stdout ?? '') + (r.stderr ?? ''));
  if (r.status !== 0) {
    const tail = readFileSync(LOG, 'utf8').split('\n').slice(-40).join('\n');
    console.error(tail);
    console.error(`[test-host] failed: ${cmd} ${args.join(' ')} (exit ${r.status ?? r.signal}); full log: ${LOG}`);
    process.exit(1);
  }
  return r.stdout;
}

function installed(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Makes sure the system packages are there: installs them as root on Debian, otherwise says what to run. */
function checkSystem() {
  const debian = existsSync('/etc/debian_version') && hasCommand('dpkg-query');
  if (!debian) {
    const missing = ['chromium', 'rg', 'pkg-config', 'make', 'g++', 'python3'].filter((c) => !hasCommand(c));
    if (missing.length) {
      console.error(`[test-host] missing commands: ${missing.join(', ')}`);
      console.error('[test-host] install Chromium, ripgrep, the Kerberos and libsecret development headers, pkg-config and a C++ tool chain, then run this again.');
      process.exit(1);
    }
    return;
  }
  const missing = DEBIAN_PACKAGES.filter((p) => !installed(p));
  if (!missing.length) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`[test-host] missing system packages: ${missing.join(', ')}`);
    console.error(`[test-host] run:  sudo sh -c '${command}'`);
    process.exit(1);
  }
  say(`installing system packages: ${missing.join(' ')}`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', ...missing], { env });
}

/** Replaces whatever is at `path` by a symlink to `target`. */
function link(target, path) {
  try {
    lstatSync(path);
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Nothing there yet.
  }
  symlinkSync(target, path);
}

const LOCK = `${HOST_DIR}.lock`;

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Several test runs may start at once in the same checkout: one installs, the others wait for it.
 * The lock is a folder (created atomically) holding the installer's pid; a dead owner's lock is taken over.
 */
async function withLock(fn) {
  mkdirSync(dirname(LOCK), { recursive: true });
  let said = false;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {
        // The owner has not written its pid yet.
      }
      if (owner && !alive(owner)) {
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (!said) say('another install is running; waiting for it');
      said = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  const release = () => rmSync(LOCK, { recursive: true, force: true });
  process.on('exit', release);
  try {
    fn();
  } finally {
    release();
  }
}

function main() {
  const started = Date.now();
  mkdirSync(HOST_DIR, { recursive: true });
  const complete = hostComplete();
  if (!complete) writeFileSync(LOG, `install of code-server ${CODE_SERVER_VERSION} at ${new Date().toISOString()}\n`);
  checkSystem();
  if (complete) {
    say(`code-server ${CODE_SERVER_VERSION} already installed in ${HOST_DIR}`);
    return;
  }
  rmSync(MARKER, { force: true });

  // node-gyp must build against the local Node headers instead of downloading them.
  const nodeDir = dirname(dirname(process.execPath));
  const env = { npm_config_nodedir: nodeDir, npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
  if (!existsSync(join(nodeDir, 'include', 'node', 'node.h'))) {
    console.error(`[test-host] Node headers not found under ${nodeDir}/include/node; install the nodejs development headers.`);
    process.exit(1);
  }
  const pkgJson = join(HOST_DIR, 'package.json');
  if (!existsSync(pkgJson)) writeFileSync(pkgJson, JSON.stringify({ name: 'faktenlage-test-host', private: true }, null, 2) + '\n');

  say(`npm install code-server@${CODE_SERVER_VERSION} (scripts off)`);
  run('npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: HOST_DIR, env });

  const vscodeDir = join(HOST_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
  say('npm install in lib/vscode (production, scripts off)');
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: vscodeDir, env });

  // The ripgrep package would download its binary; Debian's serves the same purpose.
  const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim() || '/usr/bin/rg';
  copyFileSync(rg, join(rgBin, 'rg'));
  chmodSync(join(rgBin, 'rg'), 0o755);

  say('building native modules (node-pty, spdlog, watcher, kerberos, watchdog, deviceid)');
  run('npm', ['rebuild', 'node-pty', '@vscode/spdlog', '@parcel/watcher', 'kerberos', 'native-watchdog', '@vscode/deviceid'], { cwd: vscodeDir, env });

  link('node_modules', join(vscodeDir, 'node_modules.asar'));
  link('code-linux.sh', join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', join(vscodeDir, 'bin', 'helpers', 'browser.sh'));

  say('npm install in lib/vscode/extensions (production, scripts off)');
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: join(vscodeDir, 'extensions'), env });

  say('building argon2');
  run('npm', ['rebuild', 'argon2'], { cwd: HOST_DIR, env });

  verify();
  writeFileSync(MARKER, CODE_SERVER_VERSION + '\n');
  say(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Fails loudly when a native module does not load, rather than letting code-server crash later. */
function verify() {
  const vscodeDir = join(HOST_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
  const load = (cwd, modules) =>
    spawnSync(process.execPath, ['-e', `for (const m of ${JSON.stringify(modules)}) require(m)`], { cwd, encoding: 'utf8' });
  const checks = [
    [vscodeDir, ['node-pty', '@vscode/spdlog', '@parcel/watcher', 'kerberos', 'native-watchdog', '@vscode/deviceid']],
    [HOST_DIR, ['argon2']],
  ];
  for (const [cwd, modules] of checks) {
    const r = load(cwd, modules);
    if (r.status !== 0) {
      console.error(r.stderr.split('\n').slice(0, 8).join('\n'));
      console.error(`[test-host] a native module of the host does not load (see above); full log: ${LOG}`);
      process.exit(1);
    }
  }
  const rg = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (!existsSync(rg) || !existsSync(codeServerEntry())) {
    console.error(`[test-host] incomplete install (no ${existsSync(rg) ? codeServerEntry() : rg}); full log: ${LOG}`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // A complete host needs no lock: the common case stays instant.
  if (hostComplete()) main();
  else await withLock(main);
}
