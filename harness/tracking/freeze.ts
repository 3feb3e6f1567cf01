import { readdirSync, readFileSync } from 'node:fs';

/**
 * Freezing the whole browser, as a machine that sleeps (or a process tree stopped by the system)
 * does to it: every process of the Chromium that runs on `userDataDir` gets SIGSTOP, then SIGCONT.
 * Nothing runs meanwhile, not the pages, not the extension's worker, not its alarms.
 */
export interface BrowserFreeze {
  /**
   * When the last process was sent SIGSTOP (epoch ms): the machine sleeps from here. Finding the
   * processes comes first (a walk of every /proc entry: ~2 ms on an idle machine with 100
   * processes, far longer at load with hundreds), and the browser runs on meanwhile: a page
   * playing media notes its reader until its own SIGSTOP, so the truth must stop here too.
   */
  readonly stoppedAt: number;
  /** Continues every stopped process; returns when the signal was sent (epoch ms). */
  resume(): number;
}

/** What a freeze uses of the system (injected by the unit test). */
export interface FreezeSystem {
  /** The browser processes of the profile (see browserProcessTree). */
  readonly pids: (userDataDir: string) => number[];
  /** Sends `name` to `pid`; a process gone already is no error. */
  readonly kill: (pid: number, name: NodeJS.Signals) => void;
  /** The wall clock (epoch ms). */
  readonly now: () => number;
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
export function freezeBrowser(
  userDataDir: string,
  system: FreezeSystem = { pids: browserProcessTree, kill: signal, now: Date.now },
): BrowserFreeze {
  const pids = system.pids(userDataDir);
  if (pids.length === 0) throw new Error(`No browser process runs on ${userDataDir}`);
  for (const pid of pids) system.kill(pid, 'SIGSTOP');
  return {
    stoppedAt: system.now(),
    resume() {
      const at = system.now();
      for (const pid of pids) system.kill(pid, 'SIGCONT');
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
