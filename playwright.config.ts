import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/browser';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // Installing the service worker precaches the whole site (about 35 MB) in every test's fresh
    // context; only the offline spec needs it (it opts back in).
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /fallback\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs(true) },
      },
    },
    {
      name: 'chromium-no-webgpu',
      testMatch: /fallback\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs(false) },
      },
    },
  ],
  // The real static build, served as a static host would serve it.
  webServer: {
    command: 'node scripts/serve.mjs',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
