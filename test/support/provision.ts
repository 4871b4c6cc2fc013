/**
 * What the tests need from the machine, provisioned like a newcomer would: a Debian package installed with apt-get
 * when we are root on Debian/Ubuntu, else one line that says what to install (and the variable that makes it
 * unnecessary). `npm test` prints a SetupError's message alone, never a stack trace.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

export class SetupError extends Error {
  override readonly name = 'SetupError'
}

/** The absolute path of `command` on PATH, or null. */
export function onPath(command: string, searchPath = process.env.PATH ?? ''): string | null {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command)
    if (existsSync(candidate)) return candidate
  }
  return null
}

/** Whether this process may apt-get: root, with apt-get on PATH. */
export function canAptGet(): boolean {
  return process.getuid?.() === 0 && onPath('apt-get') !== null && process.env.PLAYBOOK_NO_INSTALL !== '1'
}

/** Installs Debian's `pkg` quietly, or throws a SetupError naming `hint` when this machine cannot. */
export function aptInstall(pkg: string, hint: string): void {
  if (!canAptGet()) throw new SetupError(hint)
  console.log(`${pkg} missing: installing Debian's ${pkg} (apt-get)`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const result = spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env })
  if (result.status !== 0) throw new SetupError(`${hint} (apt-get install ${pkg} failed)`)
}
