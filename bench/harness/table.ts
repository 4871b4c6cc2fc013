// The result table: rows as the scenarios report them (echoed as they come), its number formats, the summary of
// the targets and the final print.
export type Verdict = 'met' | 'MISSED' | 'info' | 'not built yet' | 'partial'

export interface Row {
  id: string
  scenario: string
  value: string
  baseline: string
  ratio: string
  target: string
  result: Verdict
  /** The figure the target judges, for the summary (e.g. `p99 1.21×` of a p50 / p99 row); the ratio or the value when absent. */
  figure?: string
}

export const rows: Row[] = []

export function row(id: string, scenario: string, value: string, baseline: string, ratio: string, target: string, result: Verdict, figure?: string): void {
  rows.push({ id, scenario, value, baseline, ratio, target, result, ...(figure ? { figure } : {}) })
  console.log(`  ${id} ${scenario}: ${value}${baseline ? ` vs ${baseline}` : ''}${ratio ? ` (${ratio})` : ''} ${result === 'info' ? '' : `[${result}]`}`)
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
export const ms = (n: number) => (n < 1 ? fmt(n, 3) : n < 10 ? fmt(n, 2) : n < 100 ? fmt(n, 1) : fmt(n))
export const times = (n: number) => `${n < 10 ? fmt(n, 2) : fmt(n, 1)}×`
export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
export const verdict = (ok: boolean): Verdict => (ok ? 'met' : 'MISSED')
/** The p-th percentile of ascending `sorted` (nearest rank). */
export const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : Number.NaN)

export interface SummaryLine {
  id: string
  what: string
  figure: string
  target: string
  result: Verdict
}

/**
 * One line per target: the rows judged against one (met / MISSED), and those whose target this run could only
 * partly check (e.g. the memory plateau under a soak shorter than 10 minutes), so no target drops out silently.
 */
export const summary = (): SummaryLine[] =>
  rows
    .filter((r) => r.result === 'met' || r.result === 'MISSED' || r.result === 'partial')
    .map((r) => ({ id: r.id, what: r.scenario, figure: r.figure ?? (r.ratio || r.value), target: r.target, result: r.result }))

const columns = (lines: string[][]): string[] => {
  if (lines.length === 0) return []
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((cells) => cells[i]!.length)))
  return lines.map((cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '))
}

export function printSummary(): void {
  const lines = summary()
  const missed = lines.filter((line) => line.result === 'MISSED').length
  const partial = lines.filter((line) => line.result === 'partial').length
  console.log(`\nsummary: ${lines.length} targets, ${lines.length - missed - partial} met, ${missed} MISSED${partial ? `, ${partial} partly checked` : ''}`)
  for (const text of columns(lines.map((line) => [line.id, line.what, line.figure, line.target, line.result]))) console.log(`  ${text}`)
}

export function printTable(): void {
  const header: Row = { id: '#', scenario: 'scenario', value: 'ours', baseline: 'baseline', ratio: 'ratio', target: 'target', result: 'result' as Verdict }
  const keys = ['id', 'scenario', 'value', 'baseline', 'ratio', 'target', 'result'] as const
  const widths = keys.map((key) => Math.max(...[header, ...rows].map((r) => r[key].length)))
  const line = (r: Row) => keys.map((key, i) => r[key].padEnd(widths[i]!)).join(' │ ')
  console.log(`\n${line(header)}`)
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'))
  for (const r of rows) console.log(line(r))
}
