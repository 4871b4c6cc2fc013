/** Turns the CMS documents (depth 0: relations are ids) into the snapshot the screens read. Pure. */
import type {
  ExploreTag,
  MarketDisplayRule,
  PropsVocabulary,
  RewardRule,
  RewardSeason,
  Sport,
  Team,
  Tournament,
} from '../payload-types'
import type { MarketKind } from '../display/marketKinds'
import type { Platform } from '../domain/platform'
import { type AudienceFields, compileAudienceRule, compilePlatformVersions } from './compileAudience'
import type {
  AudienceRule,
  CompiledTag,
  CompiledTeam,
  ContentSnapshot,
  TagFilter,
  TimeWindow,
  Visibility,
} from './types'

export interface ContentDocuments {
  exploreTags: ExploreTag[]
  sports: Sport[]
  teams: Team[]
  displayRules: MarketDisplayRule[]
  props: PropsVocabulary[]
  tournaments: Tournament[]
  seasons: RewardSeason[]
  rewardRules: RewardRule[]
}

type Relation = number | { id: number } | null | undefined
const idOf = (relation: Relation): number | null => (relation == null ? null : typeof relation === 'object' ? relation.id : relation)

function ownFilter(tag: ExploreTag): TagFilter | null {
  const tagIds = tag.filterTagIds ?? []
  const groups = (tag.filterGroups ?? []).map((group) => ({ match: group.match, tagIds: group.tagIds ?? [] })).filter((g) => g.tagIds.length > 0)
  if (tagIds.length === 0 && groups.length === 0) return null
  return { match: tag.filterMatch ?? 'all', tagIds, groups }
}

/**
 * Tables keyed by slugs, letters and ids that requests name have no prototype: `tags['constructor']` is undefined,
 * not Object's constructor, whatever a client sends.
 */
export function table<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries))
}

/** Every distinct audience rule of the snapshot's tags, display rules and tournaments, in a stable order: what a request's signature evaluates. */
function audienceRulesOf(snapshot: Pick<ContentSnapshot, 'tags' | 'displayRules' | 'tournaments'>): AudienceRule[] {
  const rules = new Map<string, AudienceRule>()
  for (const item of [...Object.values(snapshot.tags), ...snapshot.displayRules, ...Object.values(snapshot.tournaments)]) if (item.visibility?.audience) rules.set(item.visibility.audience.key, item.visibility.audience)
  return [...rules.values()].sort((a, b) => a.key.localeCompare(b.key))
}

/** A display rule's or tournament's audience, only when it restricts anyone: an unrestricted one compiles as it always did. */
function restrictingVisibility(key: string, fields: (AudienceFields & { platforms?: Platform[] | null; minAppVersion?: string | null; maxAppVersion?: string | null }) | null | undefined): { visibility?: Visibility } {
  const visibility: Visibility = {
    platforms: fields?.platforms ?? [],
    minAppVersion: fields?.minAppVersion || null,
    maxAppVersion: fields?.maxAppVersion || null,
    visibleFrom: null,
    visibleUntil: null,
    versions: compilePlatformVersions(fields),
    audience: compileAudienceRule(key, fields),
  }
  const restricts = visibility.platforms.length > 0 || visibility.minAppVersion || visibility.maxAppVersion || visibility.versions!.length > 0 || visibility.audience
  return restricts ? { visibility } : {}
}

function ownWindow(tag: ExploreTag): TimeWindow | null {
  if (tag.kind !== 'time-period' || !tag.timeWindow) return null
  if (tag.timeWindow === 'custom') return tag.windowStart && tag.windowEnd ? { kind: 'custom', start: tag.windowStart, end: tag.windowEnd } : null
  return { kind: tag.timeWindow }
}

function compileTags(docs: ExploreTag[]): Pick<ContentSnapshot, 'rootSlugs' | 'tags'> {
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const bySort = [...docs].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.label.localeCompare(b.label))
  const tags = table<CompiledTag>([])

  const compile = (doc: ExploreTag, seen: Set<number>): CompiledTag => {
    const existing = tags[doc.slug]
    if (existing) return existing
    const parentDoc = byId.get(idOf(doc.parent) ?? -1)
    // Save-time validation forbids cycles; a cycle in stored data (e.g. a draft) is cut rather than looping.
    const parent = parentDoc && !seen.has(parentDoc.id) ? compile(parentDoc, new Set([...seen, doc.id])) : null
    const own = ownFilter(doc)
    const inherited = parent && doc.inheritParentFilter !== false ? parent.filters : []
    const compiled: CompiledTag = {
      id: doc.id,
      slug: doc.slug,
      label: doc.label,
      icon: doc.icon ?? null,
      order: doc.order ?? 0,
      kind: doc.kind,
      parentSlug: parent?.slug ?? null,
      depth: parent ? parent.depth + 1 : 0,
      childSlugs: [],
      filters: own ? [...inherited, own] : [...inherited],
      timeWindow: ownWindow(doc) ?? parent?.timeWindow ?? null,
      sort: doc.sort,
      marketStatus: doc.marketStatus,
      pinned: doc.pinnedEvents ?? [],
      hidden: doc.hiddenEvents ?? [],
      visibility: {
        platforms: doc.visibility?.platforms ?? [],
        minAppVersion: doc.visibility?.minAppVersion ?? null,
        maxAppVersion: doc.visibility?.maxAppVersion ?? null,
        visibleFrom: doc.visibility?.visibleFrom ?? null,
        visibleUntil: doc.visibility?.visibleUntil ?? null,
        versions: compilePlatformVersions(doc.visibility),
        audience: compileAudienceRule(`explore-tags:${doc.id}`, doc.visibility),
      },
      ancestorSlugs: parent ? [...parent.ancestorSlugs, parent.slug] : [],
    }
    tags[doc.slug] = compiled
    return compiled
  }

  for (const doc of bySort) compile(doc, new Set())
  for (const doc of bySort) {
    const tag = tags[doc.slug]!
    if (tag.parentSlug) tags[tag.parentSlug]!.childSlugs.push(tag.slug)
  }
  return { rootSlugs: bySort.filter((doc) => !tags[doc.slug]!.parentSlug).map((doc) => doc.slug), tags }
}

export function compileSnapshot(documents: ContentDocuments, options: { draft: boolean; now: Date; configVersion?: number }): ContentSnapshot {
  const sportSlugById = new Map(documents.sports.map((sport) => [sport.id, sport.slug]))
  const sportSlug = (relation: Relation) => sportSlugById.get(idOf(relation) ?? -1) ?? null
  const teamById = new Map(documents.teams.map((team) => [team.id, team]))
  const seasonById = new Map(documents.seasons.map((season) => [season.id, season]))

  const teams = table<CompiledTeam>([])
  for (const team of documents.teams) {
    teams[String(team.upstreamTeamId)] = {
      id: team.id,
      upstreamTeamId: team.upstreamTeamId,
      name: team.name,
      shortName: team.shortName ?? null,
      abbreviation: team.abbreviation ?? null,
      colour: team.colour ?? null,
      logoUrl: team.logoUrl ?? null,
      sportSlug: sportSlug(team.sport as Relation),
    }
  }

  const snapshot: ContentSnapshot = {
    draft: options.draft,
    builtAt: options.now.toISOString(),
    configVersion: options.configVersion ?? 0,
    ...compileTags(documents.exploreTags),
    sports: table(
      documents.sports.map((sport) => [
        sport.slug,
        {
          id: sport.id,
          slug: sport.slug,
          name: sport.name,
          upstreamTagId: sport.upstreamTagId,
          upstreamSeriesId: sport.upstreamSeriesId ?? null,
          upstreamSportCode: sport.upstreamSportCode ?? null,
          marketTypeOrder: (sport.marketTypeOrder ?? []) as MarketKind[],
          periodVocabulary: sport.periodVocabulary ?? null,
          icon: sport.icon ?? null,
        },
      ]),
    ),
    teams,
    displayRules: documents.displayRules.map((rule) => ({
      sportSlug: sportSlug(rule.sport as Relation),
      marketKind: rule.marketKind,
      upstreamTypes: rule.upstreamTypes ?? [],
      titleTemplate: rule.titleTemplate,
      subtitleTemplate: rule.subtitleTemplate ?? null,
      section: rule.section,
      sectionOrder: rule.sectionOrder ?? 0,
      sort: rule.sort,
      groupBy: rule.groupBy,
      ...restrictingVisibility(`market-display-rules:${rule.id}`, rule.visibility),
    })),
    props: documents.props.flatMap((prop) => {
      const slug = sportSlug(prop.sport as Relation)
      return slug
        ? [{ sportSlug: slug, stat: prop.stat, statLabel: prop.statLabel, verb: prop.verb, unitSingular: prop.unitSingular, unitPlural: prop.unitPlural, titleTemplate: prop.titleTemplate ?? null }]
        : []
    }),
    tournaments: table(
      documents.tournaments.map((tournament) => {
        const upstreamId = (relation: Relation) => teamById.get(idOf(relation) ?? -1)?.upstreamTeamId
        return [
          tournament.slug,
          {
            slug: tournament.slug,
            name: tournament.name,
            upstreamTagId: tournament.upstreamTagId,
            startDate: tournament.startDate,
            endDate: tournament.endDate,
            groups: (tournament.groups ?? [])
              .map((group) => ({
                letter: group.letter,
                pageSlug: group.pageSlug || `group-${group.letter.toLowerCase()}`,
                pageTitle: group.pageTitle || `Group ${group.letter}`,
                intro: group.intro ?? null,
                teamIds: group.teams.map((team) => upstreamId(team as Relation)).filter((id): id is number => id !== undefined),
              }))
              .sort((a, b) => a.letter.localeCompare(b.letter)),
            aliases: (tournament.searchAliases ?? []).flatMap((entry) => {
              const teamId = upstreamId(entry.team as Relation)
              return teamId === undefined ? [] : [{ alias: entry.alias.toLowerCase(), teamId }]
            }),
            minAppVersion: tournament.minAppVersion ?? null,
            legacyLayout: tournament.legacyLayout ?? 'flat-list',
            ...restrictingVisibility(`tournaments:${tournament.id}`, tournament.visibility),
          },
        ]
      }),
    ),
    seasons: table(
      documents.seasons.map((season) => [season.slug, { id: season.id, slug: season.slug, name: season.name, startsAt: season.startsAt, endsAt: season.endsAt }]),
    ),
    rewardRules: documents.rewardRules.flatMap((rule) => {
      const season = seasonById.get(idOf(rule.season as Relation) ?? -1)
      if (!season) return []
      return [
        {
          id: rule.id,
          name: rule.name,
          seasonSlug: season.slug,
          activityType: rule.activityType,
          basePoints: rule.basePoints,
          pointsPerUnit: rule.pointsPerUnit,
          dailyCap: rule.dailyCap ?? null,
          effectiveFrom: rule.effectiveFrom ?? null,
          effectiveUntil: rule.effectiveUntil ?? null,
          multiplierWindows: (rule.multiplierWindows ?? []).map((w) => ({ startsAt: w.startsAt, endsAt: w.endsAt, multiplier: w.multiplier })),
          version: rule.updatedAt,
        },
      ]
    }),
  }
  snapshot.audienceRules = audienceRulesOf(snapshot)
  return snapshot
}
