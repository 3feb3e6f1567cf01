import { readdirSync, readFileSync } from 'node:fs';

/**
 * Freezing the whole browser, as a machine that sleeps (or a process tree stopped by the system)
 * does to it: every process of the Chromium that runs on `userDataDir` gets SIGSTOP, then SIGCONT.
 * Nothing runs meanwhile, not the pages, not the extension's worker, not its alarms.
 */
export interface BrowserFreeze {
  /** Continues every stopped process; returns when the signal was sent (epoch ms). */
  resume(): number;
}

interface ProcessEntry {
  pid: number;
  ppid: number;
  cmdline: string;
}

function processes(): ProcessEntry[] {
  const list: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // `pid (comm) state ppid …`: comm may hold spaces and parentheses, so split after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      list.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // The process ended while we looked.
    }
  }
  return list;
}

/** The browser processes of the profile at `userDataDir`: its main process and descendants. */
export function browserProcessTree(userDataDir: string): number[] {
  const all = processes();
  const roots = all.filter((p) => p.cmdline.includes(`--user-data-dir=${userDataDir}`));
  const tree = new Set(roots.map((p) => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** Stops every process of the browser on `userDataDir` (throws when none is found). */
export function freezeBrowser(userDataDir: string): BrowserFreeze {
  const pids = browserProcessTree(userDataDir);
  if (pids.length === 0) throw new Error(`No browser process runs on ${userDataDir}`);
  for (const pid of pids) signal(pid, 'SIGSTOP');
  return {
    resume() {
      const at = Date.now();
      for (const pid of pids) signal(pid, 'SIGCONT');
      return at;
    },
  };
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Gone already (a renderer that exited): nothing to stop or continue.
  }
}
