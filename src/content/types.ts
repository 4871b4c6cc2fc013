/** The compiled content snapshot: plain objects the screens read, built from the CMS in a constant number of queries. */
import type { MarketKind } from '../display/marketKinds'
import type { PropVocabulary } from '../display/template'

import type { Platform } from '../domain/platform'

export interface TagFilter {
  match: 'all' | 'any'
  tagIds: number[]
  groups: { match: 'all' | 'any'; tagIds: number[] }[]
}

export type TimeWindow = { kind: 'today' | 'this-week' | 'this-month' } | { kind: 'custom'; start: string; end: string }

export interface Visibility {
  platforms: Platform[]
  /** Bounds for every platform; `versions` adds bounds for one platform (iOS and Android builds differ). */
  minAppVersion: string | null
  maxAppVersion: string | null
  visibleFrom: string | null
  visibleUntil: string | null
  versions?: PlatformVersions[]
  /** Who may see it beyond platform and version (country, rollout, QA devices); absent or null: everyone. */
  audience?: AudienceRule | null
}

export interface PlatformVersions {
  platform: Platform
  minAppVersion: string | null
  maxAppVersion: string | null
}

/**
 * The part of an item's visibility that depends on who is asking beyond the platform and app version the response
 * cache already keys on: the country (from a trusted CDN header) and the install id. Every rule with one is listed
 * once in `ContentSnapshot.audienceRules`, so a request's audience signature is one evaluation per rule.
 */
export interface AudienceRule {
  /** Stable across edits (`<collection>:<id>`): the rollout bucket hashes it, so raising a percentage keeps who had it. */
  key: string
  /** ISO 3166-1 alpha-2 codes, upper case; null: every country. */
  countries: { mode: 'allow' | 'deny'; codes: string[]; unknown: 'show' | 'hide' } | null
  /** 0–100, in steps of 0.01; null: everyone. */
  rolloutPercent: number | null
  /** QA devices' install ids: they see it whatever the country and rollout. */
  installIds: string[]
}

export interface CompiledTag {
  id: number
  slug: string
  label: string
  icon: string | null
  order: number
  kind: 'market-tag' | 'time-period' | 'composite'
  parentSlug: string | null
  depth: number
  childSlugs: string[]
  /** Every filter that must hold: the ancestors' (when inherited) and the tag's own. */
  filters: TagFilter[]
  /** The nearest time window on the path from the root to this tag. */
  timeWindow: TimeWindow | null
  sort: 'volume' | 'liquidity' | 'end-date' | 'newest'
  marketStatus: 'open' | 'settled' | 'all'
  pinned: string[]
  hidden: string[]
  visibility: Visibility
  /** The visibility of each ancestor too: a hidden parent hides its subtree. */
  ancestorSlugs: string[]
}

export interface CompiledSport {
  id: number
  slug: string
  name: string
  upstreamTagId: number
  upstreamSeriesId: string | null
  upstreamSportCode: string | null
  marketTypeOrder: MarketKind[]
  periodVocabulary: string | null
  icon: string | null
}

export interface CompiledTeam {
  id: number
  upstreamTeamId: number
  name: string
  shortName: string | null
  abbreviation: string | null
  colour: string | null
  logoUrl: string | null
  sportSlug: string | null
}

export interface CompiledDisplayRule {
  sportSlug: string | null
  marketKind: MarketKind
  upstreamTypes: string[]
  titleTemplate: string
  subtitleTemplate: string | null
  section: string
  sectionOrder: number
  sort: 'upstream' | 'abs-line' | 'line' | 'volume'
  groupBy: 'none' | 'player' | 'team' | 'round' | 'period'
  /** Who gets the rule (absent in snapshots stored before rules had an audience): anyone else gets the next rule. */
  visibility?: Visibility
}

/** How one sport's stat reads in prop titles ("score", "point" / "points"), as editors configure it. */
export interface CompiledProp extends PropVocabulary {
  sportSlug: string
  stat: string
  statLabel: string
  titleTemplate: string | null
}

export interface CompiledGroup {
  letter: string
  pageSlug: string
  pageTitle: string
  intro: string | null
  /** Upstream team ids, the key market data uses. */
  teamIds: number[]
}

export interface CompiledTournament {
  slug: string
  name: string
  upstreamTagId: number
  startDate: string
  endDate: string
  groups: CompiledGroup[]
  /** Lower-cased alias → upstream team id. */
  aliases: { alias: string; teamId: number }[]
  minAppVersion: string | null
  legacyLayout: string
  /** Who sees the tournament, its group pages and its matches in search (absent: everyone). */
  visibility?: Visibility
}

export interface CompiledRewardRule {
  id: number
  name: string
  seasonSlug: string
  activityType: string
  basePoints: string
  pointsPerUnit: string
  dailyCap: string | null
  effectiveFrom: string | null
  effectiveUntil: string | null
  multiplierWindows: { startsAt: string; endsAt: string; multiplier: string }[]
  /** The document's updatedAt: scored activities record which version of the rule they used. */
  version: string
}

export interface CompiledSeason {
  id: number
  slug: string
  name: string
  startsAt: string
  endsAt: string
}

export interface ContentSnapshot {
  draft: boolean
  builtAt: string
  /** The config version it shows (the last committed change it includes): sent as `X-Config-Version`. */
  configVersion: number
  /** The root tags' slugs in order; `tags` holds every tag by slug. */
  rootSlugs: string[]
  tags: Record<string, CompiledTag>
  sports: Record<string, CompiledSport>
  /** Upstream team id → team. */
  teams: Record<string, CompiledTeam>
  displayRules: CompiledDisplayRule[]
  props: CompiledProp[]
  tournaments: Record<string, CompiledTournament>
  seasons: Record<string, CompiledSeason>
  rewardRules: CompiledRewardRule[]
  /** Every distinct audience rule in the snapshot (absent in snapshots stored before rules existed). */
  audienceRules?: AudienceRule[]
}
