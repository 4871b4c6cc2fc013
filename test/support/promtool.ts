/** Makes sure Prometheus's `promtool` is installed (Debian's prometheus package) for the metrics and alert checks. */
import { aptInstall, onPath, SetupError } from './provision'

export const PROMTOOL_HINT = 'No promtool for the metrics checks: install it (Debian: apt-get install prometheus); `npm test -- unit int` runs without it.'

export function ensurePromtool(): void {
  if (onPath('promtool')) return
  aptInstall('prometheus', PROMTOOL_HINT)
  if (!onPath('promtool')) throw new SetupError(`${PROMTOOL_HINT} (still missing after the install)`)
}
