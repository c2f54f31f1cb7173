// Preloaded into code-server (NODE_OPTIONS=--require) for the untrusted in-host run: removes `--disable-workspace-trust`,
// which scripts/host/code-server.mjs always passes, so the workbench honours `security.workspace.trust.enabled` and opens
// the never-trusted folder of a fresh user-data dir in restricted mode. Other processes inheriting it have no such flag.
const at = process.argv.indexOf('--disable-workspace-trust');
if (at >= 0) process.argv.splice(at, 1);
