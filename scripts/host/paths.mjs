// Where the test host lives: the repo root, the code-server cache folder and its completion marker.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const HOST_DIR = join(REPO_ROOT, '.cache', 'test-host');
/** Written last by the installer, so its presence means every step finished. */
export const MARKER = join(HOST_DIR, '.installed');
export const CHROMIUM = process.env.FAKTENLAGE_CHROMIUM || '/usr/bin/chromium';

export function codeServerEntry() {
  return join(HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

export function hostComplete() {
  return existsSync(MARKER) && readFileSync(MARKER, 'utf8').trim() === CODE_SERVER_VERSION && existsSync(codeServerEntry());
}
