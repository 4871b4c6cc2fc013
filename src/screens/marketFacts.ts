/**
 * What a market's upstream fields say about it, read once: the line, the team or player it is about, the
 * round or period, the home and away names. Display templates and event-page grouping both read these.
 */
import Decimal from 'decimal.js'

import type { ContentSnapshot } from '../content/types'
import type { GammaEvent, GammaMarket, GammaTeam } from '../markets/gamma/types'
import { teamLabel, teamNames } from './teams'

export interface MarketFacts {
  line: Decimal | null
  /** A spread, whose line is shown signed (`+1.5`). */
  signed: boolean
  yesNo: boolean
  team: string | null
  opponent: string | null
  home: string | null
  away: string | null
  round: string | null
  period: string | null
  side: string | null
  outcome: string | null
  /** What an odd/even market counts ("points"). */
  counted: string | null
  /** A total's unit when the question names one ("sets", "games"). */
  unit: string | null
}

const NUMBER = '[+-]?\\d+(?:\\.\\d+)?'
const spreadPattern = new RegExp(`:\\s*(.+?)\\s*\\((${NUMBER})\\)\\s*$`)
const totalPattern = new RegExp(`O/U\\s+(${NUMBER})(?:\\s+([A-Za-z]+))?\\s*$`, 'i')

const PERIODS: Record<string, string> = {
  '1H': '1st half', '2H': '2nd half', '1P': '1st period', '2P': '2nd period', '3P': '3rd period',
  '1Q': '1st quarter', '2Q': '2nd quarter', '3Q': '3rd quarter', '4Q': '4th quarter', '1S': '1st set', '1I': '1st innings',
}

function lineOf(market: GammaMarket): Decimal | null {
  const text = market.line ?? spreadPattern.exec(market.question)?.[2] ?? totalPattern.exec(market.question)?.[1]
  if (text === undefined) return null
  const line = new Decimal(text)
  return line.isFinite() ? line : null
}

function periodOf(market: GammaMarket): string | null {
  const type = market.sportsMarketType ?? ''
  if (type.startsWith('first_half')) return PERIODS['1H']!
  if (type.startsWith('first_period')) return PERIODS['1P']!
  if (type.startsWith('first_quarter')) return PERIODS['1Q']!
  if (type === 'tennis_first_set_winner') return PERIODS['1S']!
  const code = /(?:^|[:\s])([1-4][HPQSI])\s/.exec(market.question)?.[1]
  return code ? (PERIODS[code] ?? null) : null
}

/** "Draw (Mexico vs. South Africa)" → "Draw". */
const withoutParenthetical = (text: string) => text.replace(/\s*\([^)]*\)\s*$/, '').trim()

function byOrdering(teams: readonly GammaTeam[], ordering: 'home' | 'away'): GammaTeam | undefined {
  return teams.find((team) => team.ordering === ordering)
}

export function marketFacts(market: GammaMarket, event: GammaEvent, snapshot: ContentSnapshot): MarketFacts {
  const type = market.sportsMarketType ?? ''
  const outcomes = market.outcomes
  const yesNo = outcomes.length === 2 && outcomes[0]?.toLowerCase() === 'yes' && outcomes[1]?.toLowerCase() === 'no'
  const item = market.groupItemTitle?.trim() || null
  const homeTeam = byOrdering(event.teams, 'home')
  const awayTeam = byOrdering(event.teams, 'away')
  const home = homeTeam ? teamLabel(homeTeam, snapshot) : (event.homeTeamName ?? null)
  const away = awayTeam ? teamLabel(awayTeam, snapshot) : (event.awayTeamName ?? null)

  /** The event team a name refers to, and the other one. */
  const teamAndOpponent = (name: string): [string, string | null] => {
    const lower = name.toLowerCase()
    const index = event.teams.findIndex((team) => teamNames(team, snapshot).includes(lower))
    if (index < 0 || event.teams.length !== 2) return [name, outcomes.find((outcome) => outcome.toLowerCase() !== lower && !yesNo) ?? null]
    return [teamLabel(event.teams[index]!, snapshot), teamLabel(event.teams[1 - index]!, snapshot)]
  }

  let team: string | null = null
  let opponent: string | null = null
  let signed = false
  const spread = spreadPattern.exec(market.question)
  if (spread && (type.includes('spread') || /spread|handicap/i.test(market.question))) {
    signed = true
    ;[team, opponent] = teamAndOpponent(spread[1]!)
  } else if (/team total/i.test(market.question)) {
    const name = /^(.+?)\s+team total/i.exec(market.question)?.[1]
    if (name) [team, opponent] = teamAndOpponent(name)
  } else if (yesNo && item && type === 'moneyline') {
    const name = withoutParenthetical(item)
    if (!/^draw$/i.test(name)) [team, opponent] = teamAndOpponent(name)
  } else if (!yesNo && outcomes.length === 2 && type === 'moneyline') {
    team = outcomes[0] ?? null
    opponent = outcomes[1] ?? null
  }

  const total = totalPattern.exec(market.question)
  return {
    line: lineOf(market),
    signed,
    yesNo,
    team,
    opponent,
    home,
    away,
    round: /\bround\s+(\d+)/i.exec(market.question)?.[1] ?? /\bround\s+(\d+)/i.exec(item ?? '')?.[1] ?? null,
    period: periodOf(market),
    side: signed ? team : (outcomes[0] ?? null),
    outcome: yesNo ? (item ? withoutParenthetical(item) : null) : (outcomes[0] ?? null),
    counted: /total\s+(.+?)\s+odd\s*\/\s*even/i.exec(market.question)?.[1]?.toLowerCase() ?? null,
    unit: total?.[2]?.toLowerCase() ?? null,
  }
}
