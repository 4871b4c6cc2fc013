/**
 * Bitcoin, Ethereum and Solana: daily "Up or Down" events (ten days either side of the reference), daily
 * "above" strike ladders, weekly and monthly "what price will it hit" events. Each coin follows one seeded price
 * path, so every market resolves consistently with it.
 */
import { REPLAY_SERIES, type ReplayTagKey } from '../data/catalog'
import { addDays } from '../dates'
import type { BuiltEvent } from './event'
import type { IdSource, MarketSpec } from './market'
import { normalCdf, slugify } from './odds'
import { Rng } from './prng'
import { dayAt, monthDay, monthName, simpleEvent, thousands } from './series'
import { recurringSeries } from './taxonomy'

interface Coin {
  tag: ReplayTagKey
  name: string
  ticker: string
  slug: string
  price: number
  /** Daily log-return deviation. */
  volatility: number
  step: number
  daily: (typeof REPLAY_SERIES)[keyof typeof REPLAY_SERIES]
  weekly: (typeof REPLAY_SERIES)[keyof typeof REPLAY_SERIES]
  monthly: (typeof REPLAY_SERIES)[keyof typeof REPLAY_SERIES]
}

const COINS: readonly Coin[] = [
  { tag: 'bitcoin', name: 'Bitcoin', ticker: 'BTC', slug: 'bitcoin', price: 104_000, volatility: 0.022, step: 1_000, daily: REPLAY_SERIES.btcDaily, weekly: REPLAY_SERIES.btcWeekly, monthly: REPLAY_SERIES.btcMonthly },
  { tag: 'ethereum', name: 'Ethereum', ticker: 'ETH', slug: 'ethereum', price: 3_650, volatility: 0.03, step: 50, daily: REPLAY_SERIES.ethDaily, weekly: REPLAY_SERIES.ethWeekly, monthly: REPLAY_SERIES.ethMonthly },
  { tag: 'solana', name: 'Solana', ticker: 'SOL', slug: 'solana', price: 155, volatility: 0.04, step: 5, daily: REPLAY_SERIES.solDaily, weekly: REPLAY_SERIES.solWeekly, monthly: REPLAY_SERIES.solMonthly },
]

const FIRST_DAY = -60
const LAST_DAY = 45

/** Daily closes from FIRST_DAY to LAST_DAY (index 0 = FIRST_DAY), anchored so day 0 closes near `coin.price`. */
function pricePath(coin: Coin): (day: number) => number {
  const rng = new Rng(`path:${coin.slug}`)
  const closes: number[] = [coin.price]
  for (let day = 1; day <= LAST_DAY; day++) closes.push(closes[closes.length - 1]! * Math.exp(rng.normal(0, coin.volatility)))
  const before: number[] = []
  let price = coin.price
  for (let day = -1; day >= FIRST_DAY; day--) {
    price /= Math.exp(rng.normal(0, coin.volatility))
    before.unshift(price)
  }
  const all = [...before, ...closes]
  return (day) => all[day - FIRST_DAY]!
}

const round = (value: number, step: number) => Math.round(value / step) * step

/** Open price of "above `strike`" with `days` of trading left, from a lognormal around today's close. */
function aboveProbability(spot: number, strike: number, volatility: number, days: number): number {
  const deviation = volatility * Math.sqrt(Math.max(0.25, days))
  return 1 - normalCdf(Math.log(strike / spot) / deviation)
}

function upOrDown(ids: IdSource, coin: Coin, close: (day: number) => number, day: number): BuiltEvent {
  const end = dayAt(day, 16)
  const title = `${coin.name} Up or Down on ${monthDay(end)}?`
  const up = close(day) > close(day - 1)
  const market: MarketSpec = {
    question: title,
    slug: `${coin.slug}-up-or-down-${monthDay(end).toLowerCase().replace(' ', '-')}`,
    outcomes: ['Up', 'Down'],
    probability: day === 0 ? (up ? 0.62 : 0.4) : 0.5,
    winner: up ? 0 : 1,
    volumeScale: 120_000,
  }
  return simpleEvent(ids, {
    slug: market.slug,
    title,
    description: `Resolves "Up" if the ${coin.ticker}/USDT 1-minute candle close at 12:00 ET on ${monthDay(end)} is higher than the close 24 hours earlier, otherwise "Down".`,
    category: 'Crypto',
    resolutionSource: `https://www.binance.com/en/trade/${coin.ticker}_USDT`,
    image: `https://img.replay.test/crypto/${coin.slug}.png`,
    listedAt: addDays(end, -1),
    endDate: end,
    tags: ['crypto', coin.tag, 'all'],
    series: recurringSeries(coin.daily),
    markets: [market],
  })
}

function aboveLadder(ids: IdSource, coin: Coin, close: (day: number) => number, day: number): BuiltEvent {
  const end = dayAt(day, 16)
  const spot = close(Math.min(day, 0))
  const centre = round(spot, coin.step)
  const markets: MarketSpec[] = [-2, -1, 0, 1, 2].map((offset, index) => {
    const strike = centre + offset * coin.step * 2
    return {
      question: `Will the price of ${coin.name} be above $${thousands(strike)} on ${monthDay(end)}?`,
      slug: `${coin.slug}-above-${strike}-on-${monthDay(end).toLowerCase().replace(' ', '-')}`,
      outcomes: ['Yes', 'No'],
      probability: aboveProbability(spot, strike, coin.volatility, day + 0.2),
      winner: close(day) > strike ? 0 : 1,
      groupItemTitle: thousands(strike),
      groupItemThreshold: String(index),
      volumeScale: 30_000,
      // A strike the exchange delisted: reachable by id, hidden from /markets (which forces active=true).
      ...(coin.tag === 'bitcoin' && day === 1 && offset === -2 ? { active: false } : {}),
    }
  })
  return simpleEvent(ids, {
    slug: `${coin.slug}-above-on-${monthDay(end).toLowerCase().replace(' ', '-')}`,
    title: `${coin.name} above ___ on ${monthDay(end)}?`,
    description: `Each market resolves "Yes" if the ${coin.ticker}/USDT close at 12:00 ET on ${monthDay(end)} is above its price.`,
    category: 'Crypto',
    resolutionSource: `https://www.binance.com/en/trade/${coin.ticker}_USDT`,
    image: `https://img.replay.test/crypto/${coin.slug}.png`,
    listedAt: addDays(end, -3),
    endDate: end,
    tags: ['crypto', coin.tag],
    markets,
  })
}

/** "What price will Bitcoin hit …?": three strikes above and three below, resolved on the highs and lows of the window. */
function hitLadder(
  ids: IdSource,
  coin: Coin,
  close: (day: number) => number,
  window: { firstDay: number; lastDay: number; label: string; slug: string; end: Date; weekly: boolean },
): BuiltEvent {
  const days: number[] = []
  for (let day = window.firstDay; day <= window.lastDay; day++) days.push(day)
  const seen = days.filter((day) => day <= 0)
  const spot = close(Math.min(window.firstDay - 1, 0))
  const high = Math.max(...days.map(close))
  const low = Math.min(...days.map(close))
  const highSoFar = seen.length ? Math.max(...seen.map(close)) : 0
  const lowSoFar = seen.length ? Math.min(...seen.map(close)) : Infinity
  const spacing = coin.step * (window.weekly ? 3 : 8)
  const centre = round(spot, coin.step)
  const remaining = Math.max(0.5, window.lastDay - Math.max(window.firstDay - 1, 0))
  const markets: MarketSpec[] = []
  for (const offset of [1, 2, 3]) {
    const strike = centre + offset * spacing
    markets.push({
      question: `Will ${coin.name} reach $${thousands(strike)} ${window.label}?`,
      slug: `${window.slug}-reach-${strike}`,
      outcomes: ['Yes', 'No'],
      probability: highSoFar > strike ? 0.995 : Math.min(0.95, 2 * aboveProbability(spot, strike, coin.volatility, remaining)),
      winner: high > strike ? 0 : 1,
      groupItemTitle: `↑ ${thousands(strike)}`,
      volumeScale: 50_000,
    })
  }
  for (const offset of [1, 2, 3]) {
    const strike = centre - offset * spacing
    markets.push({
      question: `Will ${coin.name} dip to $${thousands(strike)} ${window.label}?`,
      slug: `${window.slug}-dip-${strike}`,
      outcomes: ['Yes', 'No'],
      probability: lowSoFar < strike ? 0.995 : Math.min(0.95, 2 * (1 - aboveProbability(spot, strike, coin.volatility, remaining))),
      winner: low < strike ? 0 : 1,
      groupItemTitle: `↓ ${thousands(strike)}`,
      volumeScale: 50_000,
    })
  }
  return simpleEvent(ids, {
    slug: window.slug,
    title: `What price will ${coin.name} hit ${window.label}?`,
    description: `Resolves "Yes" if any ${coin.ticker}/USDT 1-minute candle on Binance trades at or beyond the price ${window.label}.`,
    category: 'Crypto',
    resolutionSource: `https://www.binance.com/en/trade/${coin.ticker}_USDT`,
    image: `https://img.replay.test/crypto/${coin.slug}.png`,
    listedAt: dayAt(window.firstDay - 1, 16),
    endDate: window.end,
    tags: ['crypto', coin.tag, 'all'],
    series: recurringSeries(window.weekly ? coin.weekly : coin.monthly),
    markets,
  })
}

/** Sundays ending the ISO weeks around the reference (Saturday 20 June 2026 is in the week ending 21 June). */
const WEEK_ENDS = [-13, -6, 1, 8, 15]

const MONTHS: ReadonlyArray<{ firstDay: number; lastDay: number }> = [
  { firstDay: -50, lastDay: -20 }, // May
  { firstDay: -19, lastDay: 10 }, // June
  { firstDay: 11, lastDay: 41 }, // July
]

export function cryptoEvents(ids: IdSource): BuiltEvent[] {
  const events: BuiltEvent[] = []
  for (const coin of COINS) {
    const close = pricePath(coin)
    for (let day = -10; day <= 10; day++) events.push(upOrDown(ids, coin, close, day))
    for (let day = -3; day <= 3; day++) events.push(aboveLadder(ids, coin, close, day))
    for (const sunday of WEEK_ENDS) {
      const monday = dayAt(sunday - 6, 0)
      const end = dayAt(sunday, 0)
      const label = monday.getUTCMonth() === end.getUTCMonth() ? `${monthDay(monday)}–${end.getUTCDate()}` : `${monthDay(monday)}–${monthDay(end)}`
      events.push(
        hitLadder(ids, coin, close, {
          firstDay: sunday - 6,
          lastDay: sunday,
          label,
          slug: `what-price-will-${coin.slug}-hit-${slugify(label)}`,
          end: dayAt(sunday, 23, 59, 59),
          weekly: true,
        }),
      )
    }
    for (const month of MONTHS) {
      const first = dayAt(month.firstDay, 0)
      const name = monthName(first)
      events.push(
        hitLadder(ids, coin, close, {
          firstDay: month.firstDay,
          lastDay: month.lastDay,
          label: `in ${name}`,
          slug: `what-price-will-${coin.slug}-hit-in-${name.toLowerCase()}-2026`,
          end: dayAt(month.lastDay, 23, 59, 59),
          weekly: false,
        }),
      )
    }
  }
  return events
}
