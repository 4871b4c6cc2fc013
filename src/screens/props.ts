/**
 * Player props: the upstream names the stat in `sportsMarketType` (`points`, `passing_yards`, …) and the player
 * in `groupItemTitle` / the question (`LeBron James: Points O/U 25.5`). The CMS vocabulary says how the stat
 * reads per sport; a stat nobody configured still gets a readable title.
 */
import type { CompiledProp, ContentSnapshot } from '../content/types'
import type { GammaEvent, GammaMarket } from '../markets/gamma/types'

/** A stat's vocabulary, configured (the CMS's) or generic (for a stat nobody configured). */
export type Vocabulary = Omit<CompiledProp, 'sportSlug' | 'stat'>

export function vocabularyFor(snapshot: ContentSnapshot, sportSlug: string | null, stat: string): CompiledProp | null {
  if (!sportSlug) return null
  return snapshot.props.find((prop) => prop.sportSlug === sportSlug && prop.stat === stat) ?? null
}

/** `passing_yards` → `passing yards`. */
export function statLabelOf(type: string): string {
  return type.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()
}

function singular(plural: string): string {
  if (/ies$/.test(plural)) return plural.replace(/ies$/, 'y')
  if (/ss$/.test(plural)) return plural
  return plural.replace(/s$/, '')
}

/** What an unconfigured stat reads as: "Patrick Mahomes to record 301+ passing yards". */
export function genericVocabulary(type: string): Vocabulary {
  const label = statLabelOf(type)
  return { statLabel: label, verb: 'record', unitSingular: singular(label), unitPlural: label, titleTemplate: null }
}

/** Game-level market types that carry a line but never name a player. */
const GAME_MARKET = /(^|_)(moneyline|spreads?|totals?|winner|handicap|btts|odd_even|draw|distance|method|round)$/

/** The player a prop is about: its `groupItemTitle` when the question starts with it, else the question's prefix. */
export function propPlayer(market: GammaMarket, event: GammaEvent): string | null {
  const item = market.groupItemTitle?.trim()
  if (item && market.question.startsWith(`${item}:`)) return item
  const colon = market.question.indexOf(':')
  if (colon <= 0) return null
  const prefix = market.question.slice(0, colon).trim()
  // "Lakers vs. Celtics: 1P O/U 1.5" is a game market with the title in front, not a player.
  if (!prefix || prefix === event.title || /\bvs\.?\s/i.test(prefix) || /\b(spread|handicap|total)\b/i.test(prefix)) return null
  return prefix
}

/** A configured stat is a prop; otherwise a line on a named player, on a type that is not a game market. */
export function looksLikeProp(type: string | undefined, configured: boolean, player: string | null, hasLine: boolean): boolean {
  if (!type) return false
  if (configured) return true
  return !GAME_MARKET.test(type) && player !== null && hasLine
}
