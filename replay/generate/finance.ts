/**
 * Finance: S&P 500 daily direction, Nasdaq 100 weekly strikes, Fed rate decisions, gold and oil strikes, and a few
 * macro questions, with end dates spread from May to next year. Two archived events and their markets are only
 * reachable by id or slug (the upstream hides archived data from lists unless asked).
 */
import { REPLAY_SERIES, type ReplayTagKey } from '../data/catalog'
import { addDays } from '../dates'
import type { BuiltEvent } from './event'
import type { IdSource, MarketSpec } from './market'
import { Rng } from './prng'
import { dayAt, monthDay, simpleEvent, thousands } from './series'
import { recurringSeries } from './taxonomy'

const IMAGE = 'https://img.replay.test/finance'
/** US market holidays inside the window (Juneteenth, Independence Day observed). */
const HOLIDAYS = new Set(['2026-06-19', '2026-07-03'])

const isTradingDay = (date: Date) => date.getUTCDay() !== 0 && date.getUTCDay() !== 6 && !HOLIDAYS.has(date.toISOString().slice(0, 10))

function spxDaily(ids: IdSource, day: number, options: { archived?: boolean } = {}): BuiltEvent {
  const end = dayAt(day, 20)
  const rng = new Rng(`spx:${day}`)
  const up = rng.chance(0.54)
  const title = `S&P 500 (SPX) Up or Down on ${monthDay(end)}?`
  const slug = `spx-up-or-down-${monthDay(end).toLowerCase().replace(' ', '-')}-2026`
  return simpleEvent(ids, {
    slug,
    title,
    description: `Resolves "Up" if the S&P 500 closes higher on ${monthDay(end)} than on the previous trading day.`,
    category: 'Finance',
    resolutionSource: 'https://www.spglobal.com/spdji/en/indices/equity/sp-500/',
    image: `${IMAGE}/spx.png`,
    listedAt: addDays(end, -1),
    endDate: end,
    tags: ['finance', 'stocks', 'all'],
    series: recurringSeries(REPLAY_SERIES.spxDaily),
    markets: [{ question: title, slug, outcomes: ['Up', 'Down'], probability: day === 0 ? 0.55 : 0.5, winner: up ? 0 : 1, volumeScale: 80_000 }],
    ...(options.archived ? { archived: true } : {}),
  })
}

function strikeLadder(
  ids: IdSource,
  spec: { slug: string; title: string; name: string; end: Date; spot: number; step: number; final: number; tags: ReplayTagKey[]; unit?: string; inactive?: number },
): BuiltEvent {
  const markets: MarketSpec[] = [-2, -1, 0, 1, 2].map((offset, index) => {
    const strike = Math.round(spec.spot / spec.step) * spec.step + offset * spec.step
    const label = `${spec.unit ?? '$'}${thousands(strike)}`
    return {
      question: `Will ${spec.name} close above ${label} on ${monthDay(spec.end)}?`,
      slug: `${spec.slug}-${String(strike).replace('.', 'pt')}`,
      outcomes: ['Yes', 'No'],
      probability: Math.min(0.96, Math.max(0.04, 0.5 - offset * 0.18)),
      winner: spec.final > strike ? 0 : 1,
      groupItemTitle: label,
      groupItemThreshold: String(index),
      volumeScale: 25_000,
      ...(spec.inactive === index ? { active: false } : {}),
    }
  })
  return simpleEvent(ids, {
    slug: spec.slug,
    title: spec.title,
    description: `Each market resolves "Yes" if ${spec.name} closes above its price on ${monthDay(spec.end)}.`,
    category: 'Finance',
    resolutionSource: 'https://www.cmegroup.com/',
    image: `${IMAGE}/${spec.slug.split('-')[0]}.png`,
    listedAt: addDays(spec.end, -14),
    endDate: spec.end,
    tags: spec.tags,
    markets,
  })
}

const FED_OUTCOMES = [
  { key: 'no-change', label: 'No change', question: (month: string) => `Will there be no change in Fed interest rates after the ${month} 2026 meeting?` },
  { key: '25-bps-decrease', label: '25 bps decrease', question: (month: string) => `Will the Fed decrease interest rates by 25 bps after the ${month} 2026 meeting?` },
  { key: '50-bps-decrease', label: '50+ bps decrease', question: (month: string) => `Will the Fed decrease interest rates by 50+ bps after the ${month} 2026 meeting?` },
  { key: '25-bps-increase', label: '25+ bps increase', question: (month: string) => `Will the Fed increase interest rates by 25+ bps after the ${month} 2026 meeting?` },
] as const

function fedDecision(ids: IdSource, month: string, end: Date, result: number, odds: readonly number[], archived = false): BuiltEvent {
  const slug = `fed-decision-in-${month.toLowerCase()}-2026`
  return simpleEvent(ids, {
    slug,
    title: `Fed decision in ${month}?`,
    description: `Resolves to the change in the upper bound of the federal funds target range announced after the FOMC's ${month} 2026 meeting.`,
    category: 'Finance',
    resolutionSource: 'https://www.federalreserve.gov/monetarypolicy/openmarket.htm',
    image: `${IMAGE}/fed.png`,
    listedAt: addDays(end, -60),
    endDate: end,
    tags: ['finance', 'fedRates', 'economy', 'all'],
    series: recurringSeries(REPLAY_SERIES.fedDecisions),
    negRisk: true,
    ...(archived ? { archived: true } : {}),
    markets: FED_OUTCOMES.map((outcome, index) => ({
      question: outcome.question(month),
      slug: `${slug}-${outcome.key}`,
      outcomes: ['Yes', 'No'],
      probability: odds[index] ?? 0.01,
      winner: index === result ? 0 : 1,
      groupItemTitle: outcome.label,
      groupItemThreshold: String(index),
      volumeScale: 900_000,
      negRisk: true,
      longPrecision: index === 3,
    })),
  })
}

function yesNoEvent(
  ids: IdSource,
  spec: { slug: string; title: string; end: Date; listed: Date; probability: number; yes: boolean; tags: ReplayTagKey[]; source: string },
): BuiltEvent {
  return simpleEvent(ids, {
    slug: spec.slug,
    title: spec.title,
    description: `Resolves "Yes" if ${spec.title.replace(/\?$/, '').toLowerCase()}, per the resolution source.`,
    category: 'Economy',
    resolutionSource: spec.source,
    image: `${IMAGE}/economy.png`,
    listedAt: spec.listed,
    endDate: spec.end,
    tags: spec.tags,
    markets: [{ question: spec.title, slug: spec.slug, outcomes: ['Yes', 'No'], probability: spec.probability, winner: spec.yes ? 0 : 1, volumeScale: 400_000 }],
  })
}

export function financeEvents(ids: IdSource): BuiltEvent[] {
  const events: BuiltEvent[] = []
  for (let day = -10; day <= 10; day++) if (isTradingDay(dayAt(day, 0))) events.push(spxDaily(ids, day))
  // Weekly Nasdaq closes on the last trading day of each week.
  for (const day of [-15, -8, -2, 6, 12]) {
    const end = dayAt(day, 20)
    const rng = new Rng(`ndx:${day}`)
    events.push(
      strikeLadder(ids, {
        slug: `ndx-above-on-${monthDay(end).toLowerCase().replace(' ', '-')}-2026`,
        title: `Nasdaq 100 above ___ on ${monthDay(end)}?`,
        name: 'the Nasdaq 100',
        end,
        spot: 22_400 + day * 25,
        step: 200,
        final: 22_400 + day * 25 + rng.normal(0, 300),
        tags: ['finance', 'stocks'],
        unit: '',
      }),
    )
  }
  events.push(fedDecision(ids, 'June', new Date('2026-06-17T18:00:00Z'), 0, [0.91, 0.08, 0.005, 0.005]))
  events.push(fedDecision(ids, 'July', new Date('2026-07-29T18:00:00Z'), 1, [0.55, 0.41, 0.03, 0.01]))
  events.push(fedDecision(ids, 'September', new Date('2026-09-16T18:00:00Z'), 1, [0.38, 0.5, 0.1, 0.02]))
  for (const [month, end, spot, final] of [
    ['May', new Date('2026-05-29T20:00:00Z'), 3_350, 3_412],
    ['June', new Date('2026-06-30T20:00:00Z'), 3_420, 3_455],
  ] as const) {
    events.push(
      strikeLadder(ids, {
        slug: `gold-above-end-of-${month.toLowerCase()}-2026`,
        title: `Gold (GC) above ___ end of ${month}?`,
        name: 'Gold (GC) front-month futures',
        end,
        spot,
        step: 50,
        final,
        tags: ['finance', 'commodities'],
        ...(month === 'June' ? { inactive: 4 } : {}),
      }),
    )
  }
  for (const day of [-8, 6]) {
    const end = dayAt(day, 19)
    events.push(
      strikeLadder(ids, {
        slug: `wti-above-on-${monthDay(end).toLowerCase().replace(' ', '-')}-2026`,
        title: `WTI Crude Oil above ___ on ${monthDay(end)}?`,
        name: 'WTI crude oil front-month futures',
        end,
        spot: 68,
        step: 2,
        final: 68 + new Rng(`wti:${day}`).normal(0, 3),
        tags: ['finance', 'commodities'],
      }),
    )
  }
  events.push(
    yesNoEvent(ids, {
      slug: 'us-recession-in-2026',
      title: 'US recession in 2026?',
      end: new Date('2027-02-28T12:00:00Z'),
      listed: new Date('2025-12-01T15:00:00Z'),
      probability: 0.21,
      yes: false,
      tags: ['economy', 'finance', 'all'],
      source: 'https://www.bea.gov/',
    }),
  )
  for (const [threshold, yes, probability] of [[2.6, true, 0.72], [2.8, false, 0.31], [3.0, false, 0.06]] as const) {
    events.push(
      yesNoEvent(ids, {
        slug: `may-cpi-yoy-above-${String(threshold).replace('.', 'pt')}`,
        title: `May CPI year-over-year above ${threshold.toFixed(1)}%?`,
        end: new Date('2026-06-10T12:30:00Z'),
        listed: new Date('2026-05-13T12:30:00Z'),
        probability,
        yes,
        tags: ['economy', 'finance'],
        source: 'https://www.bls.gov/cpi/',
      }),
    )
  }
  events.push(
    yesNoEvent(ids, {
      slug: 'june-nonfarm-payrolls-above-150k',
      title: 'June nonfarm payrolls above 150k?',
      end: new Date('2026-07-02T12:30:00Z'),
      listed: new Date('2026-06-05T12:30:00Z'),
      probability: 0.44,
      yes: true,
      tags: ['economy', 'finance'],
      source: 'https://www.bls.gov/ces/',
    }),
  )
  // Archived history: the upstream keeps it, lists hide it unless `archived=true`.
  events.push(spxDaily(ids, -22, { archived: true }))
  events.push(fedDecision(ids, 'April', new Date('2026-04-29T18:00:00Z'), 0, [0.95, 0.04, 0.005, 0.005], true))
  return events
}
