// The running CLI instance's details, written to <stateDir>/instance.json so `npm run
// sandbox:token` (another process) can find the admin API and mint a token from it.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SandboxInfo } from './admin/types';

/** What a running sandbox writes to its state directory for other processes: info, pid, start. */
export interface InstanceFile extends SandboxInfo {
  pid: number;
  startedAt: string;
}

/** Where a sandbox in `stateDir` writes its instance file. */
export const instancePath = (stateDir: string): string => join(stateDir, 'instance.json');

/** Writes the instance file for the running process (mode 0600). */
export async function writeInstanceFile(stateDir: string, info: SandboxInfo): Promise<void> {
  const data: InstanceFile = { ...info, pid: process.pid, startedAt: new Date().toISOString() };
  await writeFile(instancePath(stateDir), `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
}

/**
 * The instance file in `stateDir`; undefined when missing, unreadable or without admin URL and pid.
 */
export async function readInstanceFile(stateDir: string): Promise<InstanceFile | undefined> {
  try {
    const data = JSON.parse(
      await readFile(instancePath(stateDir), 'utf8'),
    ) as Partial<InstanceFile>;
    return typeof data.adminUrl === 'string' && typeof data.pid === 'number'
      ? (data as InstanceFile)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the file only if it still describes this process (a newer instance may own it). */
export async function removeInstanceFile(stateDir: string): Promise<void> {
  const current = await readInstanceFile(stateDir);
  if (current?.pid === process.pid) await rm(instancePath(stateDir), { force: true });
}
