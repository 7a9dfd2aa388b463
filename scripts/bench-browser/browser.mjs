// What the browser benchmarks share: headless Chromium (Debian's, as the end-to-end specs use it),
// the emulated slow 4G link, and the medians and percentiles they print.
import { chromium } from '@playwright/test';

export const launch = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    // As playwright.config.ts: no background traffic of the browser's own to skew a run.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });

/** Lighthouse's "slow 4G": 150 ms of latency, 1.6 Mbps down and up. */
export const slow4g = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 1.6e6 / 8 };

/** Applies `network` (null: loopback as it is) to the page before it navigates; no cache either way. */
export async function emulate(context, page, network) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
}

/** The `p`th percentile (0–100) of `xs`, nearest rank. */
export function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
