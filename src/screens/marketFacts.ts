/**
 * What a market's upstream fields say about it, read once: the line, the team or player it is about, the
 * round, set or period, the home and away names. Display templates and event-page grouping both read these.
 */
import Decimal from 'decimal.js'

import type { ContentSnapshot } from '../content/types'
import { periodLabel } from '../display/periods'
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
  /** The tennis set a market is about ("3"). */
  set: string | null
  /** Named by the sport's period vocabulary ("1st half", "Set 2"). */
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

/** Market types that are about one period, as the upstream period code they stand for. */
const PERIOD_TYPES: readonly (readonly [prefix: string, code: string])[] = [
  ['first_half', '1H'],
  ['first_period', '1P'],
  ['first_quarter', '1Q'],
]
const SET_WORDS: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', fifth: '5' }
const setPatterns = [/\bset\s+(\d{1,2})\b/i, /\b(\d{1,2})(?:st|nd|rd|th)\s+set\b/i, /\b(first|second|third|fourth|fifth)\s+set\b/i]

function lineOf(market: GammaMarket): Decimal | null {
  const text = market.line ?? spreadPattern.exec(market.question)?.[2] ?? totalPattern.exec(market.question)?.[1]
  if (text === undefined) return null
  const line = new Decimal(text)
  return line.isFinite() ? line : null
}

/** "Set 3 Winner", "3rd set", "Second Set Winner" → "3", "3", "2"; the first-set market type is set 1 whatever it says. */
function setOf(market: GammaMarket): string | null {
  if (market.sportsMarketType === 'tennis_first_set_winner') return '1'
  for (const text of [market.question, market.groupItemTitle ?? '']) {
    for (const pattern of setPatterns) {
      const found = pattern.exec(text)?.[1]?.toLowerCase()
      if (found) return SET_WORDS[found] ?? String(Number(found))
    }
  }
  return null
}

/** The period a market is about: from its type, its set, or a code in the question ("2Q O/U 55.5"). */
function periodOf(market: GammaMarket, set: string | null, vocabulary: string | null): string | null {
  const type = market.sportsMarketType ?? ''
  const code = PERIOD_TYPES.find(([prefix]) => type.startsWith(prefix))?.[1] ?? (set ? `S${set}` : /(?:^|[:\s])([1-4][HPQSI])\s/.exec(market.question)?.[1])
  return code ? periodLabel(code, vocabulary) : null
}

/** "Draw (Mexico vs. South Africa)" → "Draw". */
const withoutParenthetical = (text: string) => text.replace(/\s*\([^)]*\)\s*$/, '').trim()

function byOrdering(teams: readonly GammaTeam[], ordering: 'home' | 'away'): GammaTeam | undefined {
  return teams.find((team) => team.ordering === ordering)
}

/** `sportSlug` names the sport whose period vocabulary labels the market's period. */
export function marketFacts(market: GammaMarket, event: GammaEvent, snapshot: ContentSnapshot, sportSlug: string | null = null): MarketFacts {
  const type = market.sportsMarketType ?? ''
  const vocabulary = (sportSlug && snapshot.sports[sportSlug]?.periodVocabulary) || null
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
  const set = setOf(market)
  return {
    line: lineOf(market),
    signed,
    yesNo,
    team,
    opponent,
    home,
    away,
    round: /\bround\s+(\d+)/i.exec(market.question)?.[1] ?? /\bround\s+(\d+)/i.exec(item ?? '')?.[1] ?? null,
    set,
    period: periodOf(market, set, vocabulary),
    side: signed ? team : (outcomes[0] ?? null),
    outcome: yesNo ? (item ? withoutParenthetical(item) : null) : (outcomes[0] ?? null),
    counted: /total\s+(.+?)\s+odd\s*\/\s*even/i.exec(market.question)?.[1]?.toLowerCase() ?? null,
    unit: total?.[2]?.toLowerCase() ?? null,
  }
}
