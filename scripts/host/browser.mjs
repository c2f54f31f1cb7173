// Launches Debian's headless Chromium through playwright-core with flags that keep it offline and quiet.
import { existsSync } from 'node:fs';
import { CHROMIUM } from './paths.mjs';

/** Flags tested on these machines: no sandbox (root), no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser; playwright gives it a fresh temporary profile, so no --user-data-dir is passed. */
export async function launchChromium({ headless = true } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`node scripts/install-test-host.mjs\` (or set FAKTENLAGE_CHROMIUM)`);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless, args: CHROMIUM_ARGS });
}
