/**
 * One event's page: its markets in sections (moneyline, spreads, totals, props by player, 1st set, rounds,
 * odd/even…) as the display rules place, order, sort and group them.
 */
import Decimal from 'decimal.js'

import type { CompiledDisplayRule, CompiledSport, ContentSnapshot } from '../content/types'
import type { MarketKind } from '../display/marketKinds'
import type { GammaEvent } from '../markets/gamma/types'
import type { Audience } from './audience'
import { analyseMarket, type MarketAnalysis } from './display'
import { isoOrNull } from './format'
import { gameState } from './gameState'
import type { EventPage, EventSection, MarketGroup } from './schemas'
import { sportOf } from './sport'
import { teamView } from './teams'

/** Markets no rule places (no `other` rule published) still show, last. */
const FALLBACK_SECTION = { title: 'More markets', order: Number.MAX_SAFE_INTEGER }

interface Placed extends MarketAnalysis {
  index: number
}

const sectionKey = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'section'

const lineOf = (placed: Placed): Decimal | null => placed.facts?.line ?? null

/** Lines ascending, markets without a line last, then upstream order. */
function byLine(a: Placed, b: Placed, value: (line: Decimal) => Decimal): number {
  const la = lineOf(a)
  const lb = lineOf(b)
  if (la === null || lb === null) return la === lb ? 0 : la === null ? 1 : -1
  return value(la).comparedTo(value(lb))
}

const sorts: Record<CompiledDisplayRule['sort'], (a: Placed, b: Placed) => number> = {
  upstream: () => 0,
  // Spreads: the closest lines first, and a team's -2.5 next to the other's +2.5, alphabetically.
  'abs-line': (a, b) => byLine(a, b, (line) => line.abs()) || (a.facts?.team ?? '').localeCompare(b.facts?.team ?? ''),
  line: (a, b) => byLine(a, b, (line) => line),
  volume: (a, b) => new Decimal(b.view.volume).comparedTo(a.view.volume),
}

function groupTitle(placed: Placed, groupBy: CompiledDisplayRule['groupBy']): string | null {
  switch (groupBy) {
    case 'player':
      return placed.player
    case 'team':
      return placed.facts?.team ?? null
    case 'round':
      return placed.facts?.round ? `Round ${placed.facts.round}` : null
    case 'period':
      return placed.facts?.period ?? null
    case 'none':
      return null
  }
}

/** Groups in order of first appearance (the upstream lists a player's lines together), each sorted by the rule. */
function groupsOf(markets: Placed[], rule: CompiledDisplayRule | null): MarketGroup[] {
  const groups = new Map<string, { title: string | null; markets: Placed[] }>()
  for (const placed of markets) {
    const title = rule ? groupTitle(placed, rule.groupBy) : null
    const key = title ?? '\u0000'
    const group = groups.get(key) ?? { title, markets: [] }
    group.markets.push(placed)
    groups.set(key, group)
  }
  const sort = sorts[rule?.sort ?? 'upstream']
  return [...groups.values()].map((group) => ({
    title: group.title,
    markets: group.markets.sort((a, b) => sort(a, b) || a.index - b.index).map((placed) => placed.view),
  }))
}

/** A sport's market-type order places its sections when set; unlisted kinds follow, by the rules' order. */
function sectionRank(kinds: readonly MarketKind[], sectionOrder: number, sport: CompiledSport | null): [number, number] {
  const order = sport?.marketTypeOrder ?? []
  if (order.length === 0) return [0, sectionOrder]
  const positions = kinds.map((kind) => order.indexOf(kind)).filter((position) => position >= 0)
  return [positions.length > 0 ? Math.min(...positions) : order.length, sectionOrder]
}

interface SectionDraft {
  title: string
  order: number
  kinds: MarketKind[]
  byRule: Map<CompiledDisplayRule | null, Placed[]>
}

function buildSections(placed: Placed[], sport: CompiledSport | null): EventSection[] {
  const sections = new Map<string, SectionDraft>()
  for (const market of placed) {
    const { title, order } = market.rule ? { title: market.rule.section, order: market.rule.sectionOrder } : FALLBACK_SECTION
    const key = sectionKey(title)
    const section: SectionDraft = sections.get(key) ?? { title, order, kinds: [], byRule: new Map() }
    section.order = Math.min(section.order, order)
    section.kinds.push(market.view.category)
    section.byRule.set(market.rule, [...(section.byRule.get(market.rule) ?? []), market])
    sections.set(key, section)
  }
  const ranked = [...sections.entries()]
    .map(([key, section]) => ({ key, section, rank: sectionRank(section.kinds, section.order, sport) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.section.title.localeCompare(b.section.title))

  return ranked.map(({ key, section }, position) => {
    // Several rules can share a section (UFC rounds and "goes the distance"): each keeps its own sort and grouping.
    const rules = [...section.byRule.entries()].sort(
      ([ra], [rb]) => (ra?.sectionOrder ?? Number.MAX_SAFE_INTEGER) - (rb?.sectionOrder ?? Number.MAX_SAFE_INTEGER),
    )
    const groups: MarketGroup[] = []
    for (const [rule, markets] of rules) {
      for (const group of groupsOf(markets, rule)) {
        const last = groups.at(-1)
        if (last && last.title === group.title) last.markets.push(...group.markets)
        else groups.push(group)
      }
    }
    return { key, title: section.title, order: position + 1, groups }
  })
}

/** `now` dates the game clock (`game.clockStale`). */
export function buildEventPage(event: GammaEvent, snapshot: ContentSnapshot, client: Audience, now: Date): EventPage {
  const sport = sportOf(event, snapshot)
  const placed = event.markets.map((market, index) => ({ ...analyseMarket(market, event, snapshot, sport?.slug ?? null, client.oddsFormat), index }))
  return {
    event: {
      id: event.id,
      slug: event.slug,
      title: event.title,
      sport: sport?.slug ?? null,
      startTime: isoOrNull(event.startTime),
      live: event.live,
      ended: event.ended,
      closed: event.closed,
      score: event.score || null,
      period: event.period || null,
      game: gameState(event, sport, now),
      teams: event.teams.map((team) => teamView(team, snapshot)),
    },
    sections: buildSections(placed, sport),
  }
}
