// Small factories for screen tests: a content snapshot built from the demo seed (sports, teams, display rules,
// props vocabulary, World Cup) and market data shaped like the normalised Gamma types.
import Decimal from 'decimal.js'

import type { CompiledDisplayRule, CompiledProp, CompiledSport, CompiledTag, CompiledTeam, CompiledTournament, ContentSnapshot, TagFilter, TimeWindow, Visibility } from '@/content/types'
import type { MarketKind } from '@/display/marketKinds'
import { eventId, type GammaEvent, type GammaMarket, type GammaTeam, marketId, tagId, teamId } from '@/markets/gamma/types'
import { REPLAY_SPORTS, REPLAY_TEAMS, WORLD_CUP_2026, WORLD_CUP_GROUP_LETTERS, allWorldCupTeams } from '@replay/data/catalog'
import { SEED_DISPLAY_RULES, SEED_PROPS } from '@/seed/vocabulary'

export const dec = (value: Decimal.Value) => new Decimal(value)
export const NOW = new Date('2026-06-20T12:00:00.000Z')

// Content --------------------------------------------------------------------------------------------------------

export function seedSports(): Record<string, CompiledSport> {
  return Object.fromEntries(
    REPLAY_SPORTS.map((sport, index) => [
      sport.sport,
      {
        id: index + 1,
        slug: sport.sport,
        name: sport.name,
        upstreamTagId: sport.primaryTagId,
        upstreamSeriesId: sport.seriesId,
        upstreamSportCode: sport.sport,
        marketTypeOrder: [],
        periodVocabulary: sport.periodUnit,
        icon: sport.image,
      },
    ]),
  )
}

export function seedTeams(): Record<string, CompiledTeam> {
  const rows = [
    ...Object.values(REPLAY_TEAMS).flat().map((team) => ({ ...team, sport: team.league as string, abbreviation: team.abbreviation.toUpperCase() })),
    ...allWorldCupTeams().map((team) => ({ ...team, shortName: team.name, sport: 'fifwc', abbreviation: team.fifaCode })),
  ]
  return Object.fromEntries(
    rows.map((team, index) => [
      String(team.id),
      { id: index + 1, upstreamTeamId: team.id, name: team.name, shortName: team.shortName, abbreviation: team.abbreviation, colour: team.color, logoUrl: team.logo, sportSlug: team.sport },
    ]),
  )
}

export function seedRules(): CompiledDisplayRule[] {
  return SEED_DISPLAY_RULES.map((rule) => ({
    sportSlug: null,
    marketKind: rule.marketKind as MarketKind,
    upstreamTypes: [],
    titleTemplate: rule.titleTemplate,
    subtitleTemplate: rule.subtitleTemplate ?? null,
    section: rule.section,
    sectionOrder: rule.sectionOrder,
    sort: rule.sort ?? 'upstream',
    groupBy: rule.groupBy ?? 'none',
  }))
}

export function seedProps(): CompiledProp[] {
  return Object.entries(SEED_PROPS).flatMap(([sportSlug, props]) => props.map((prop) => ({ sportSlug, ...prop, titleTemplate: null })))
}

export function worldCupTournament(overrides: Partial<CompiledTournament> = {}): CompiledTournament {
  return {
    slug: 'world-cup-2026',
    name: 'FIFA World Cup 2026',
    upstreamTagId: WORLD_CUP_2026.tagId,
    startDate: `${WORLD_CUP_2026.startDate}T00:00:00.000Z`,
    endDate: `${WORLD_CUP_2026.endDate}T23:59:59.000Z`,
    groups: WORLD_CUP_GROUP_LETTERS.map((letter) => ({
      letter,
      pageSlug: `group-${letter.toLowerCase()}`,
      pageTitle: `Group ${letter}`,
      intro: null,
      teamIds: WORLD_CUP_2026.groups[letter].map((team) => team.id),
    })),
    aliases: allWorldCupTeams().flatMap((team) => [team.fifaCode, ...team.aliases].map((alias) => ({ alias: alias.toLowerCase(), teamId: team.id }))),
    minAppVersion: '3.0.0',
    legacyLayout: 'flat-list',
    ...overrides,
  }
}

export function snapshot(overrides: Partial<ContentSnapshot> = {}): ContentSnapshot {
  return {
    draft: false,
    builtAt: NOW.toISOString(),
    configVersion: 0,
    rootSlugs: [],
    tags: {},
    sports: seedSports(),
    teams: seedTeams(),
    displayRules: seedRules(),
    props: seedProps(),
    tournaments: { 'world-cup-2026': worldCupTournament() },
    seasons: {},
    rewardRules: [],
    ...overrides,
  }
}

// Explore tags ---------------------------------------------------------------------------------------------------

export const ALWAYS: Visibility = { platforms: [], minAppVersion: null, maxAppVersion: null, visibleFrom: null, visibleUntil: null }

export interface TagSpec {
  slug: string
  label?: string
  order?: number
  kind?: CompiledTag['kind']
  filter?: TagFilter
  timeWindow?: TimeWindow
  sort?: CompiledTag['sort']
  marketStatus?: CompiledTag['marketStatus']
  pinned?: string[]
  hidden?: string[]
  visibility?: Partial<Visibility>
  children?: TagSpec[]
}

export const all = (...tagIds: number[]): TagFilter => ({ match: 'all', tagIds, groups: [] })
export const any = (...tagIds: number[]): TagFilter => ({ match: 'any', tagIds, groups: [] })

/** Compiles a nested spec the way the content compiler does: children inherit filters and time windows. */
export function tagTree(specs: TagSpec[]): Pick<ContentSnapshot, 'rootSlugs' | 'tags'> {
  const tags: Record<string, CompiledTag> = {}
  const visit = (spec: TagSpec, parent: CompiledTag | null, index: number): CompiledTag => {
    const tag: CompiledTag = {
      id: Object.keys(tags).length + 1,
      slug: spec.slug,
      label: spec.label ?? spec.slug,
      icon: null,
      order: spec.order ?? (index + 1) * 10,
      kind: spec.kind ?? (spec.timeWindow ? 'time-period' : 'market-tag'),
      parentSlug: parent?.slug ?? null,
      depth: parent ? parent.depth + 1 : 0,
      childSlugs: [],
      filters: [...(parent?.filters ?? []), ...(spec.filter ? [spec.filter] : [])],
      timeWindow: spec.timeWindow ?? parent?.timeWindow ?? null,
      sort: spec.sort ?? 'volume',
      marketStatus: spec.marketStatus ?? 'open',
      pinned: spec.pinned ?? [],
      hidden: spec.hidden ?? [],
      visibility: { ...ALWAYS, ...spec.visibility },
      ancestorSlugs: parent ? [...parent.ancestorSlugs, parent.slug] : [],
    }
    tags[tag.slug] = tag
    tag.childSlugs = (spec.children ?? []).map((child, childIndex) => visit(child, tag, childIndex).slug)
    return tag
  }
  return { rootSlugs: specs.map((spec, index) => visit(spec, null, index).slug), tags }
}

export function tag(spec: TagSpec): CompiledTag {
  return tagTree([spec]).tags[spec.slug]!
}

// Market data ----------------------------------------------------------------------------------------------------

let sequence = 0
const next = () => ++sequence

export type MarketInput = Partial<Omit<GammaMarket, 'id' | 'line' | 'outcomePrices' | 'volume'>> & {
  id?: string
  question: string
  line?: Decimal.Value
  outcomePrices?: Decimal.Value[]
  volume?: Decimal.Value
}

export function market(input: MarketInput): GammaMarket {
  const { id, line, outcomePrices, volume, ...rest } = input
  const n = next()
  const outcomes = rest.outcomes ?? ['Yes', 'No']
  return {
    slug: `market-${n}`,
    outcomes,
    clobTokenIds: [],
    active: true,
    closed: false,
    archived: false,
    restricted: false,
    tagIds: [],
    ...rest,
    id: marketId(id ?? String(600_000 + n)),
    outcomePrices: (outcomePrices ?? outcomes.map(() => '0.5')).map(dec),
    ...(line !== undefined ? { line: dec(line) } : {}),
    ...(volume !== undefined ? { volume: dec(volume) } : {}),
  }
}

export function team(id: number, name: string, ordering?: 'home' | 'away', extra: Partial<GammaTeam> = {}): GammaTeam {
  return { id: teamId(id), name, ...(ordering ? { ordering } : {}), ...extra }
}

export type EventInput = Partial<Omit<GammaEvent, 'id' | 'tagIds' | 'volume' | 'liquidity' | 'markets'>> & {
  id?: string
  tagIds?: number[]
  volume?: Decimal.Value
  liquidity?: Decimal.Value
  /** Built markets pass through unchanged (a GammaMarket is a valid input). */
  markets?: MarketInput[]
}

export function event(input: EventInput = {}): GammaEvent {
  const { id, tagIds, volume, liquidity, markets, ...rest } = input
  const n = next()
  return {
    slug: `event-${n}`,
    title: `Event ${n}`,
    active: true,
    closed: false,
    archived: false,
    featured: false,
    restricted: false,
    series: [],
    tags: [],
    live: false,
    ended: false,
    teams: [],
    ...rest,
    id: eventId(id ?? String(40_000 + n)),
    tagIds: (tagIds ?? []).map(tagId),
    markets: (markets ?? []).map(market),
    ...(volume !== undefined ? { volume: dec(volume) } : {}),
    ...(liquidity !== undefined ? { liquidity: dec(liquidity) } : {}),
  }
}

/** A replay team as the upstream embeds it in an event. */
export function leagueTeam(league: keyof typeof REPLAY_TEAMS, index: number, ordering: 'home' | 'away'): GammaTeam {
  const source = REPLAY_TEAMS[league][index]!
  return team(source.id, source.name, ordering, { alias: source.shortName, abbreviation: source.abbreviation, color: source.color, logo: source.logo, league })
}

export function sportTags(code: string): number[] {
  return [...(REPLAY_SPORTS.find((sport) => sport.sport === code)?.tagIds ?? [])]
}
