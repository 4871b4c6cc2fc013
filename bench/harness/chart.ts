// The warm-hit curve as an SVG written by hand (no charting dependency): req/s and p99 of the app and of bare
// against concurrency, one column per page size, so each panel compares the two sides at one size.
import { writeFile } from 'node:fs/promises'

import { fmt, times } from './table'

export interface CurveSide {
  requestsPerSecond: number
  p99Ms: number
}

export interface CurveSeries {
  /** e.g. `event page 2.7 KB` */
  label: string
  points: Array<{ connections: number; app: CurveSide; bare: CurveSide }>
}

const WIDTH = 960
const HEIGHT = 640
const APP = '#1f6fb4'
const BARE = '#777777'
const FONT = 'font-family="DejaVu Sans, Helvetica, Arial, sans-serif"'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const text = (x: number, y: number, content: string, attributes = '') => `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attributes}>${escape(content)}</text>`

/** Round steps (1, 2, 2.5, 5 × 10^n) from 0 to at least `max`, about five of them. */
function linearTicks(max: number): number[] {
  const rough = Math.max(max, 1) / 5
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough)!
  const ticks = [0]
  while (ticks.at(-1)! < max) ticks.push(ticks.length * step)
  return ticks
}

/** 1, 2, 5 × 10^n over the decades `min` … `max` span: p99 goes from tenths of a ms at 1 connection to tens at 200. */
function logTicks(min: number, max: number): number[] {
  const from = Math.floor(Math.log10(Math.max(min, 0.001)))
  const to = Math.ceil(Math.log10(Math.max(max, min * 10, 0.01)))
  const ticks: number[] = []
  for (let decade = from; decade <= to; decade++) for (const m of [1, 2, 5]) ticks.push(Number((m * 10 ** decade).toPrecision(2)))
  const lowest = ticks.filter((tick) => tick <= min).at(-1) ?? ticks[0]!
  const highest = ticks.find((tick) => tick >= max) ?? ticks.at(-1)!
  return ticks.filter((tick) => tick >= lowest && tick <= highest)
}

const thousands = (n: number) => (n >= 1000 ? `${fmt(n / 1000, n % 1000 === 0 ? 0 : 1)}k` : String(n))
const plain = (n: number) => (n >= 1000 ? fmt(n) : String(n))

interface Panel {
  x: number
  y: number
  width: number
  height: number
  title: string
  categories: string[]
  /** Under each category: app ÷ bare. */
  ratios: string[]
  yTicks: number[]
  log: boolean
  format: (n: number) => string
  app: number[]
  bare: number[]
}

function panel(p: Panel): string {
  const left = p.x + 58
  const right = p.x + p.width - 10
  const top = p.y + 26
  const bottom = p.y + p.height - 44
  const [low, high] = [p.yTicks[0]!, p.yTicks.at(-1)!]
  const scale = p.log ? (v: number) => (Math.log10(Math.max(v, low)) - Math.log10(low)) / (Math.log10(high) - Math.log10(low)) : (v: number) => (v - low) / (high - low)
  const yOf = (v: number) => bottom - scale(v) * (bottom - top)
  // Evenly spaced categories, half a step in from each edge.
  const step = (right - left) / p.categories.length
  const xOf = (i: number) => left + step * (i + 0.5)
  const parts = [text(p.x + p.width / 2, p.y + 14, p.title, 'text-anchor="middle" font-size="13" font-weight="bold"')]
  for (const tick of p.yTicks) {
    const y = yOf(tick)
    parts.push(`<line x1="${left}" y1="${y.toFixed(1)}" x2="${right}" y2="${y.toFixed(1)}" stroke="#e4e4e4"/>`)
    parts.push(text(left - 6, y + 4, p.format(tick), 'text-anchor="end" font-size="11" fill="#333"'))
  }
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#333"/><line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#333"/>`)
  p.categories.forEach((category, i) => {
    parts.push(`<line x1="${xOf(i).toFixed(1)}" y1="${bottom}" x2="${xOf(i).toFixed(1)}" y2="${bottom + 4}" stroke="#333"/>`)
    parts.push(text(xOf(i), bottom + 16, category, 'text-anchor="middle" font-size="11" fill="#333"'))
    parts.push(text(xOf(i), bottom + 30, p.ratios[i] ?? '', `text-anchor="middle" font-size="10" fill="${APP}"`))
  })
  const line = (values: number[], colour: string, dashed: boolean) => {
    const points = values.map((v, i) => `${xOf(i).toFixed(1)},${yOf(v).toFixed(1)}`)
    const dots = values.map((v, i) => `<circle cx="${xOf(i).toFixed(1)}" cy="${yOf(v).toFixed(1)}" r="3" fill="${colour}"/>`)
    return `<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${dashed ? ' stroke-dasharray="6 4"' : ''}/>${dots.join('')}`
  }
  // Bare first, so the app's line is drawn over it where they meet.
  parts.push(line(p.bare, BARE, true), line(p.app, APP, false))
  return parts.join('\n')
}

/** Two rows (req/s, p99 ms on a log scale) × one column per size; shared y scales per row, so sizes compare too. */
export function warmCurveSvg(series: CurveSeries[], title: string, subtitle: string): string {
  const columns = Math.max(series.length, 1)
  const gridTop = 84
  const panelWidth = (WIDTH - 20) / columns
  const panelHeight = (HEIGHT - gridTop - 30) / 2
  const all = series.flatMap((s) => s.points)
  const rpsTicks = linearTicks(Math.max(...all.flatMap((point) => [point.app.requestsPerSecond, point.bare.requestsPerSecond])))
  const p99s = all.flatMap((point) => [point.app.p99Ms, point.bare.p99Ms]).filter((v) => v > 0)
  const p99Ticks = logTicks(Math.min(...p99s), Math.max(...p99s))
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" ${FONT}>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(WIDTH / 2, 24, title, 'text-anchor="middle" font-size="16" font-weight="bold"'),
    text(WIDTH / 2, 44, subtitle, 'text-anchor="middle" font-size="12" fill="#444"'),
    // Legend.
    `<line x1="150" y1="64" x2="180" y2="64" stroke="${APP}" stroke-width="2"/>`,
    text(186, 68, 'app (fast path, response-cache hit)', 'font-size="12"'),
    `<line x1="430" y1="64" x2="460" y2="64" stroke="${BARE}" stroke-width="2" stroke-dasharray="6 4"/>`,
    text(466, 68, 'bare node:http, same bytes', 'font-size="12"'),
    text(660, 68, 'blue figures under each axis: app ÷ bare', `font-size="12" fill="${APP}"`),
  ]
  series.forEach((s, column) => {
    const categories = s.points.map((point) => String(point.connections))
    const x = 10 + column * panelWidth
    // One panel per figure: req/s on top, p99 below, app against bare at each concurrency.
    const figure = (row: number, title: string, pick: (run: CurveSide) => number, yTicks: number[], log: boolean, format: (n: number) => string) =>
      panel({
        x,
        y: gridTop + row * panelHeight,
        width: panelWidth,
        height: panelHeight,
        title: `${s.label}: ${title}`,
        categories,
        ratios: s.points.map((point) => times(pick(point.app) / pick(point.bare))),
        yTicks,
        log,
        format,
        app: s.points.map((point) => pick(point.app)),
        bare: s.points.map((point) => pick(point.bare)),
      })
    parts.push(figure(0, 'req/s', (run) => run.requestsPerSecond, rpsTicks, false, thousands), figure(1, 'p99 ms (log scale)', (run) => run.p99Ms, p99Ticks, true, plain))
  })
  parts.push(text(WIDTH / 2, HEIGHT - 10, 'connections (autocannon, one request in flight per connection)', 'text-anchor="middle" font-size="12" fill="#333"'))
  parts.push('</svg>')
  return `${parts.join('\n')}\n`
}

export const WARM_CURVE_PATH = 'bench/warm-curve.svg'

export async function writeWarmCurve(series: CurveSeries[], title: string, subtitle: string): Promise<void> {
  await writeFile(WARM_CURVE_PATH, warmCurveSvg(series, title, subtitle))
  console.log(`  wrote ${WARM_CURVE_PATH}`)
}
