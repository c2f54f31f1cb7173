#!/usr/bin/env node
// `npm start`: opens the demo newsroom (demo/) in VS Code with Faktenlage loaded — desktop VS Code when installed, else code-server in the browser.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, hostComplete } from './host/paths.mjs';
import { freePort, startCodeServer } from './host/code-server.mjs';

const DEMO = join(REPO_ROOT, 'demo');

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Desktop VS Code: an extension development host on demo/, which VS Code itself keeps running. */
function startDesktop() {
  console.log('Faktenlage: starting VS Code with the extension under development on demo/ …');
  const child = spawn('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, DEMO], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function startBrowser() {
  if (!hostComplete()) {
    console.log('Faktenlage: first start, installing the browser VS Code (code-server) into .cache/test-host …');
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'install-test-host.mjs')], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  let port = 0;
  if (process.env.FAKTENLAGE_PORT) {
    port = Number(process.env.FAKTENLAGE_PORT);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) {
      console.error(`Faktenlage: FAKTENLAGE_PORT=${process.env.FAKTENLAGE_PORT} is not a port number`);
      process.exit(2);
    }
    if ((await freePort(port)) !== port) {
      console.error(`Faktenlage: port ${port} (FAKTENLAGE_PORT) is in use; choose another one`);
      process.exit(2);
    }
  } else {
    port = await freePort(8080);
  }
  const server = await startCodeServer({ workspace: DEMO, port });
  const url = server.folderUrl(DEMO);
  console.log('');
  console.log('Faktenlage is running in VS Code for the browser (code-server), with the demo newsroom open:');
  console.log(`  ${url}`);
  console.log('Open it in a browser on this machine. Ctrl-C stops the server.');
  const code = await server.exited;
  console.error(`Faktenlage: code-server ended unexpectedly (${code}); its last lines:\n${server.log().split('\n').slice(-20).join('\n')}`);
  await server.stop();
  process.exit(1);
}

process.on('exit', (code) => {
  if (code === 130 || code === 143) console.log('\nFaktenlage: stopped.');
});

if (hasCommand('code') && !process.argv.includes('--browser')) startDesktop();
else await startBrowser();
