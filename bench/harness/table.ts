// The result table: rows as the scenarios report them (echoed as they come), its number formats, and the final print.
export type Verdict = 'met' | 'MISSED' | 'info' | 'not built yet' | 'partial'

export interface Row {
  id: string
  scenario: string
  value: string
  baseline: string
  ratio: string
  target: string
  result: Verdict
}

export const rows: Row[] = []

export function row(id: string, scenario: string, value: string, baseline: string, ratio: string, target: string, result: Verdict): void {
  rows.push({ id, scenario, value, baseline, ratio, target, result })
  console.log(`  ${id} ${scenario}: ${value}${baseline ? ` vs ${baseline}` : ''}${ratio ? ` (${ratio})` : ''} ${result === 'info' ? '' : `[${result}]`}`)
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
export const ms = (n: number) => (n < 1 ? fmt(n, 3) : n < 10 ? fmt(n, 2) : n < 100 ? fmt(n, 1) : fmt(n))
export const times = (n: number) => `${n < 10 ? fmt(n, 2) : fmt(n, 1)}×`
export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
export const verdict = (ok: boolean): Verdict => (ok ? 'met' : 'MISSED')
/** The p-th percentile of ascending `sorted` (nearest rank). */
export const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : Number.NaN)

export function printTable(): void {
  const header: Row = { id: '#', scenario: 'scenario', value: 'ours', baseline: 'baseline', ratio: 'ratio', target: 'target', result: 'result' as Verdict }
  const keys = Object.keys(header) as Array<keyof Row>
  const widths = keys.map((key) => Math.max(...[header, ...rows].map((r) => r[key].length)))
  const line = (r: Row) => keys.map((key, i) => r[key].padEnd(widths[i]!)).join(' │ ')
  console.log(`\n${line(header)}`)
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'))
  for (const r of rows) console.log(line(r))
}
