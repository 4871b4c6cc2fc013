// CPU time from /proc: per process, and the whole machine's. Kept apart from the rest of the harness so a load
// generator's process can read it over exactly its own window.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

let ticksPerSecond: number | undefined
const tickMs = () => 1000 / (ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100)

/** CPU time (user + system, clock ticks) a process (`pid`) or one of its threads (`pid/task/tid`) has used. */
function cpuTicks(pid: number | string | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
}

/** CPU milliseconds (user + system, all threads) these processes have used so far; /proc counts in USER_HZ ticks. */
export const cpuMs = (pids: number[]): number => pids.reduce((total, pid) => total + cpuTicks(pid), 0) * tickMs()

/** CPU milliseconds of a process's main thread, and of its other threads (V8's garbage collector and compiler, libuv's pool). */
export function threadCpuMs(pid: number): { main: number; helpers: number } {
  let tids: string[] = []
  try {
    tids = readdirSync(`/proc/${pid}/task`)
  } catch {
    // gone
  }
  const main = cpuTicks(`${pid}/task/${pid}`)
  const all = tids.reduce((total, tid) => total + cpuTicks(`${pid}/task/${tid}`), 0)
  return { main: main * tickMs(), helpers: (all - main) * tickMs() }
}

/** Ticks per process, for a busiest-process check. */
export const ticksOf = (pids: number[]): number[] => pids.map(cpuTicks)

/** CPU milliseconds the machine has been busy so far, all cores together: every state of /proc/stat's first line but idle and iowait. */
export function machineBusyMs(): number {
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = readFileSync('/proc/stat', 'utf8').slice(0, 200).split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number)
  return (user + nice + system + irq + softirq + steal) * tickMs()
}

/** Where the machine's CPU went over a window: the named process groups, this process, and the rest. */
export interface CpuSplit {
  wallMs: number
  machineMs: number
  groupsMs: Record<string, number>
  selfMs: number
  /** The machine's busy time no named group or this process accounts for (Redis, Postgres, the kernel's own work). */
  restMs: number
}

/** Starts a window; `stop()` returns the split since. `groups` name the processes to account for (pids read now). */
export function watchCpu(groups: Record<string, number[]>): { stop: () => CpuSplit } {
  const started = performance.now()
  const machine = machineBusyMs()
  const self = process.cpuUsage()
  const before = Object.fromEntries(Object.entries(groups).map(([name, pids]) => [name, cpuMs(pids)]))
  return {
    stop: () => {
      const groupsMs = Object.fromEntries(Object.entries(groups).map(([name, pids]) => [name, Math.round(cpuMs(pids) - before[name]!)]))
      const used = process.cpuUsage(self)
      const selfMs = Math.round((used.user + used.system) / 1000)
      const machineMs = Math.round(machineBusyMs() - machine)
      const restMs = Math.max(0, machineMs - selfMs - Object.values(groupsMs).reduce((sum, ms) => sum + ms, 0))
      return { wallMs: Math.round(performance.now() - started), machineMs, groupsMs, selfMs, restMs }
    },
  }
}
