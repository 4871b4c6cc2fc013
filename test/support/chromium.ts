/** Makes sure Debian's Chromium is installed for the browser tests (root can apt-get it; nothing is downloaded by npm). */
import { existsSync } from 'node:fs'

import { aptInstall, SetupError } from './provision'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Launch flags for a closed network: no background connections, no sandbox as root. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const CHROMIUM_HINT = `No Chromium for the browser tests: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH; \`npm test -- unit int\` runs without it.`

export async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM_PATH)) return
  aptInstall('chromium', CHROMIUM_HINT)
  if (!existsSync(CHROMIUM_PATH)) throw new SetupError(`${CHROMIUM_HINT} (still missing at ${CHROMIUM_PATH})`)
}
