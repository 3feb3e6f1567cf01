// One sandbox per test file for the sandbox's own tests, reset before each test.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  type Sandbox,
  sandboxAdmin,
  type SandboxAdmin,
  type SandboxOptions,
  startSandbox,
} from '../index';

/** Shared across test files so the certificate is generated once per machine. */
export const TEST_STATE_DIR = join(tmpdir(), 'reading-timeline-sandbox-tests');

/** A sandbox started for one test file and its admin client. */
export interface SandboxFixture {
  sb: Sandbox;
  admin: SandboxAdmin;
}

/**
 * Starts one sandbox for the test file and resets its data (and restores budgets) before each
 * test. Access `fixture.sb` / `fixture.admin` inside tests.
 */
export function useSandbox(options: SandboxOptions = {}): SandboxFixture {
  const fixture = {} as SandboxFixture;
  beforeAll(async () => {
    fixture.sb = await startSandbox({ stateDir: TEST_STATE_DIR, quiet: true, ...options });
    fixture.admin = sandboxAdmin(fixture.sb.adminUrl);
  });
  beforeEach(async () => {
    await fixture.admin.reset();
  });
  afterAll(async () => {
    await fixture.sb.stop();
  });
  return fixture;
}
