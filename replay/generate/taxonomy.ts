/** Tags, related tags, series, sports and teams of the data set, shaped as the upstream serves them. */
import {
  REPLAY_SERIES,
  REPLAY_SPORTS,
  REPLAY_TAGS,
  REPLAY_TEAMS,
  allWorldCupTeams,
  type ReplaySeriesDef,
  type ReplaySport,
  type ReplayTag,
  type ReplayTagKey,
  type ReplayTeam,
  type WorldCupTeam,
} from '../data/catalog'
import type { WireRelatedTag, WireSeries, WireSport, WireTag, WireTeam } from '../wire'
import type { IdSource } from './market'
import { Rng } from './prng'

/** Tags shown in navigation and the home carousel (drives `forceShow` / `isCarousel`). */
const SHOWN: ReadonlySet<ReplayTagKey> = new Set(['sports', 'crypto', 'finance', 'worldCup2026', 'nba', 'nfl', 'mlb', 'nhl', 'soccer'])
const CAROUSEL: ReadonlySet<ReplayTagKey> = new Set(['worldCup2026', 'crypto', 'nba'])

function buildTag(key: ReplayTagKey, tag: ReplayTag): WireTag {
  const rng = new Rng(`tag:${tag.slug}`)
  const created = new Date(Date.UTC(2022, 9, 13) + rng.int(0, 1200) * 86_400_000 + rng.int(0, 86_399_999))
  const wire: WireTag = {
    id: String(tag.id),
    label: tag.label,
    slug: tag.slug,
    forceShow: SHOWN.has(key),
    forceHide: key === 'replayFixture137' || key === 'games' || key === 'all',
    isCarousel: CAROUSEL.has(key),
    publishedAt: created.toISOString().replace('T', ' ').replace('Z', '+00'),
    createdBy: 15,
    updatedBy: 15,
    createdAt: created.toISOString(),
    updatedAt: '2026-04-17T20:23:54.340488Z',
    requiresTranslation: false,
  }
  // Any of these may be absent upstream; the ones editors rely on (forceShow) stay for shown tags.
  if (!SHOWN.has(key) && rng.chance(0.3)) delete wire.forceShow
  if (!wire.isCarousel && rng.chance(0.5)) delete wire.isCarousel
  if (!wire.forceHide && rng.chance(0.5)) delete wire.forceHide
  if (rng.chance(0.3)) delete wire.publishedAt
  if (rng.chance(0.3)) {
    delete wire.createdBy
    delete wire.updatedBy
  }
  return wire
}

const tagCache = new Map<number, WireTag>()

export function allTags(): WireTag[] {
  return (Object.entries(REPLAY_TAGS) as Array<[ReplayTagKey, ReplayTag]>).map(([key, tag]) => {
    let wire = tagCache.get(tag.id)
    if (!wire) {
      wire = buildTag(key, tag)
      tagCache.set(tag.id, wire)
    }
    return wire
  })
}

/** The tag object embedded in events (the same shape `/tags/{id}` serves). */
export function tagOf(key: ReplayTagKey): WireTag {
  allTags()
  return tagCache.get(REPLAY_TAGS[key].id)!
}

/** tag → related tags, best first (the order of `rank`). */
const RELATED: ReadonlyArray<[ReplayTagKey, readonly ReplayTagKey[]]> = [
  ['all', ['sports', 'crypto', 'finance', 'worldCup2026', 'economy']],
  ['sports', ['worldCup2026', 'nba', 'nfl', 'mlb', 'nhl', 'soccer', 'tennis', 'ufc', 'cricket', 'esports', 'rugby', 'playerProps', 'games']],
  ['soccer', ['worldCup2026', 'epl', 'sports', 'games']],
  ['worldCup2026', ['soccer', 'sports', 'games']],
  ['tennis', ['atp', 'sports']],
  ['cricket', ['ipl', 'sports']],
  ['esports', ['cs2', 'sports']],
  ['rugby', ['urc', 'sports']],
  ['nba', ['playerProps', 'sports', 'games']],
  ['nfl', ['playerProps', 'sports', 'games']],
  ['crypto', ['bitcoin', 'ethereum', 'solana', 'finance']],
  ['bitcoin', ['crypto', 'ethereum', 'solana']],
  ['ethereum', ['crypto', 'bitcoin', 'solana']],
  ['solana', ['crypto', 'bitcoin', 'ethereum']],
  ['finance', ['stocks', 'fedRates', 'economy', 'commodities', 'crypto']],
  ['economy', ['fedRates', 'finance', 'stocks']],
  ['fedRates', ['economy', 'finance']],
]

export function relatedTags(ids: IdSource): WireRelatedTag[] {
  return RELATED.flatMap(([key, related]) =>
    related.map((relatedKey, index) => ({
      id: ids.relationId(),
      tagID: REPLAY_TAGS[key].id,
      relatedTagID: REPLAY_TAGS[relatedKey].id,
      rank: index + 1,
    })),
  )
}

function buildSeries(id: string, slug: string, title: string, recurrence: string, image: string): WireSeries {
  const rng = new Rng(`series:${slug}`)
  const series: WireSeries = {
    id,
    ticker: slug,
    slug,
    title,
    seriesType: 'single',
    recurrence,
    image,
    icon: image,
    layout: 'default',
    active: true,
    closed: false,
    archived: false,
    new: false,
    featured: false,
    restricted: true,
    publishedAt: '2023-01-30 17:13:39.006+00',
    createdBy: '15',
    updatedBy: '15',
    createdAt: '2022-10-13T00:36:01.131Z',
    updatedAt: '2026-06-20T08:48:54.264477Z',
    commentsEnabled: false,
    competitive: '0',
    volume24hr: Math.round(rng.float(1_000, 900_000) * 100) / 100,
    startDate: '2021-01-01T17:00:00Z',
    commentCount: rng.int(100, 9000),
    requiresTranslation: false,
  }
  if (rng.chance(0.3)) delete series.volume24hr
  return series
}

const seriesCache = new Map<string, WireSeries>()

function cached(id: string, build: () => WireSeries): WireSeries {
  let series = seriesCache.get(id)
  if (!series) {
    series = build()
    seriesCache.set(id, series)
  }
  return series
}

export function leagueSeries(sport: ReplaySport): WireSeries {
  return cached(sport.seriesId, () => buildSeries(sport.seriesId, sport.seriesSlug, sport.name, 'daily', sport.image))
}

export function recurringSeries(def: ReplaySeriesDef): WireSeries {
  return cached(def.id, () => buildSeries(def.id, def.slug, def.title, def.recurrence, `https://img.replay.test/series/${def.slug}.png`))
}

export function allSeries(): WireSeries[] {
  REPLAY_SPORTS.forEach(leagueSeries)
  Object.values(REPLAY_SERIES).forEach(recurringSeries)
  return [...seriesCache.values()].sort((a, b) => Number(a.id) - Number(b.id))
}

export function sportObjects(): WireSport[] {
  return REPLAY_SPORTS.map((sport) => ({
    id: sport.id,
    sport: sport.sport,
    name: sport.name,
    image: sport.image,
    resolution: sport.resolution,
    ordering: sport.ordering,
    tags: sport.tagIds.join(','),
    primaryTagId: sport.primaryTagId,
    series: sport.seriesId,
    createdAt: '2025-11-05T19:27:45.399303Z',
  }))
}

function teamObject(team: { id: number; name: string; abbreviation: string; color: string; logo: string }, league: string, alias: string | undefined): WireTeam {
  const rng = new Rng(`team:${league}:${team.abbreviation}`)
  const wire: WireTeam = {
    id: team.id,
    name: team.name,
    league,
    record: `${rng.int(0, 60)}-${rng.int(0, 60)}`,
    logo: team.logo,
    abbreviation: team.abbreviation,
    providerId: 10_000 + (team.id % 100_000),
    color: team.color,
    createdAt: '2025-10-21T20:03:50.140246Z',
    updatedAt: '2026-06-08T03:39:32.338468Z',
  }
  if (alias !== undefined) wire.alias = alias
  if (rng.chance(0.15)) delete wire.record
  if (rng.chance(0.1)) delete wire.providerId
  return wire
}

export function leagueTeam(team: ReplayTeam): WireTeam {
  return teamObject(team, team.league, team.shortName)
}

export function nationalTeam(team: WorldCupTeam): WireTeam {
  return teamObject(team, 'fifwc', team.aliases[0])
}

export function allTeams(): WireTeam[] {
  const league = Object.values(REPLAY_TEAMS).flatMap((teams) => teams.map(leagueTeam))
  return [...league, ...allWorldCupTeams().map(nationalTeam)].sort((a, b) => a.id - b.id)
}
