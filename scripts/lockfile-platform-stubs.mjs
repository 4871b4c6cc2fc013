// Adds lockfile entries for other platforms' optional native packages (@next/swc-*, @rollup/rollup-*) that the
// registry mirror we install from does not carry: without them `npm ci` reports the lockfile out of sync.
// npm never installs these on Linux x64 (their os/cpu do not match), so an entry with version, os and cpu is enough.
// Run after any `npm install` that rewrites package-lock.json: `node scripts/lockfile-platform-stubs.mjs`.
import { readFileSync, writeFileSync } from 'node:fs'

const file = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(file, 'utf8'))
const packages = lock.packages

const platformOf = (name) => {
  const tail = name.split('/').pop()
  const os = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openbsd', 'openharmony', 'sunos', 'aix'].find((o) => tail.includes(o))
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 's390x', 'riscv64'].find((c) => tail.includes(`-${c}`))
  const libc = tail.endsWith('-musl') || tail.includes('-musl') ? ['musl'] : tail.includes('-gnu') && os === 'linux' ? ['glibc'] : undefined
  return { os, cpu, libc }
}

let added = 0
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!/^@(next\/swc-|rollup\/rollup-)/.test(name)) continue
    const key = `${path ? `${path}/` : ''}node_modules/${name}`
    if (packages[key] || packages[`node_modules/${name}`]) continue
    const { os, cpu, libc } = platformOf(name)
    if (!os || !cpu) continue
    packages[`node_modules/${name}`] = { version: range, cpu: [cpu], ...(libc ? { libc } : {}), license: 'MIT', optional: true, os: [os] }
    added++
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`lockfile: ${added} platform stub entries added`)
