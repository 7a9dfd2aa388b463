import { defineConfig, devices } from '@playwright/test';
import * as os from 'node:os';
import * as path from 'node:path';

// The specs run against the real proxy (debug build from scripts/test) serving the release SPA,
// with the simulators as a second process on a second loopback origin, as in production.
const port = Number(process.env.KYC_E2E_PORT ?? 18080);
const sandboxPort = port + 1;
const database = path.join(os.tmpdir(), `kyc-e2e-${process.pid}.sqlite3`);

// Both servers read it: the simulators find the proxy (and its credentials) through it.
const serverEnv = {
  KYC_LISTEN: `127.0.0.1:${port}`,
  KYC_SANDBOX_LISTEN: `127.0.0.1:${sandboxPort}`,
  KYC_DATABASE: database,
  KYC_DIST_DIR: 'dist',
  KYC_SANDBOX_REVIEW_DELAY_MS: '1500',
  // The countries this deployment's branch may onboard: a test checks that others are refused.
  KYC_ALLOWED_RESIDENCE_COUNTRIES: 'DE,AT,CH,FR,NL,BE,IT,ES,PL,GB,IE,US,CA,NO',
  // The product team's rules over Onfido's Identity Enhanced report (tests/onfido.spec.ts): the
  // clear personas meet them, one clear report without a date of birth does not.
  ONFIDO_RULES: 'total_number_of_sources >= 2; address == clear; date_of_birth == clear',
  // Every spec's browser comes from 127.0.0.1: the per-address limits are raised for the suite
  // (their 429s are tested through app() in proxy/tests/api/rate_limits.rs).
  KYC_RATE_LIMITS: 'sessions=10000/1m,codes=10000/1m',
  RUST_LOG: 'warn',
};

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    // navigator.webdriver stays false, as in a person's browser: the providers' session-risk
    // checks would otherwise deny every test as a bot (one test sets a bot's user agent).
    '--disable-blink-features=AutomationControlled',
  ],
};

// The capture specs' fake cameras play videos made by tests/global-setup.ts; each video needs
// its own browser launch, hence a project per video.
const captureFixtures = path.resolve(__dirname, 'target', 'capture-fixtures');
const camera = (video: string, folder = captureFixtures) => ({
  ...chromium,
  args: [...chromium.args, `--use-file-for-fake-video-capture=${path.join(folder, video)}`],
});
// The MRZ reader's specimen passports (scripts/mrz-specimens --videos, run by the global setup).
const mrzSpecimens = path.resolve(__dirname, 'target', 'mrz-specimens');

export default defineConfig({
  testDir: './tests',
  globalSetup: './tests/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The JSON results feed the accessibility report (scripts/a11y-report).
  reporter: [['list'], ['json', { outputFile: 'target/playwright-results.json' }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /\/(capture(-[a-z-]+)?|onfido|signicat)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
    },
    {
      name: 'phone',
      // One journey on a phone-sized screen with touch; the rest runs on desktop.
      testMatch: /happy-path\.spec\.ts/,
      use: { ...devices['Pixel 7'], launchOptions: chromium },
    },
    {
      // The camera films the specimen ID card (tests/fixtures/specimen.html).
      name: 'capture',
      testMatch: /\/(capture|onfido|signicat)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: camera('specimen.y4m') },
    },
    {
      // A browser that answers no camera prompt: the camera stays refused.
      name: 'capture-denied',
      testMatch: /\/capture-denied\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...chromium, args: chromium.args.filter((a) => a !== '--use-fake-ui-for-media-stream') },
      },
    },
    {
      // The permission doctor: each camera trouble staged in the page, advice and ways on.
      name: 'capture-doctor',
      testMatch: /\/capture-doctor\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: camera('specimen.y4m') },
    },
    {
      // The card held still: auto-capture fires.
      name: 'capture-auto',
      testMatch: /\/capture-auto\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: camera('specimen.y4m') },
    },
    {
      // The card in a shaking hand: auto-capture waits.
      name: 'capture-shaking',
      testMatch: /\/capture-shaking\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: camera('shaking.y4m') },
    },
    {
      // A valid passport that expired: refused before it is sent.
      name: 'capture-mrz-expired',
      testMatch: /\/capture-mrz-expired\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: camera('expired.y4m', mrzSpecimens) },
    },
    {
      // A valid passport whose holder typed another birth date.
      name: 'capture-mrz-differs',
      testMatch: /\/capture-mrz-differs\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: camera('steady.y4m', mrzSpecimens) },
    },
    {
      // The same card in a dark room.
      name: 'capture-dark',
      testMatch: /\/capture-dark\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: camera('dark.y4m') },
    },
  ],
  // The simulators and the proxy: two processes of the same binary with the same environment, as
  // scripts/run starts them, so the simulated providers outlive a proxy that stops.
  webServer: [
    {
      command: 'target/debug/kyc-proxy sandbox',
      url: `http://127.0.0.1:${sandboxPort}/sandbox/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: serverEnv,
    },
    {
      command: 'target/debug/kyc-proxy',
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: serverEnv,
    },
  ],
});
