// Starts Debian's Chromium headless for the browser tests, the benchmark and the search-quality
// script, with one set of options: no sandbox (root in CI), no GPU, and none of the background
// traffic a browser makes by itself (the tests count every request to the site).
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Chromium at CHROMIUM_PATH or /usr/bin/chromium (a browser download does not work here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
