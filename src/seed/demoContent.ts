/**
 * Demo content matching the bundled replay market data: sports, teams, display rules, props vocabulary, the
 * explore tree, the World Cup 2026 and a reward season. Idempotent: each collection is read once and only what is
 * missing is created, so it runs on every development start and in tests on demand.
 */
import type { Payload } from 'payload'

import {
  REPLAY_SPORTS,
  REPLAY_TAGS,
  REPLAY_TEAMS,
  WORLD_CUP_2026,
  WORLD_CUP_GROUP_LETTERS,
  allWorldCupTeams,
} from '../../replay/data/catalog'
import { isPeriodVocabulary } from '../display/periods'
import { DEMO_PARTNER_KEY, EMBED_VIEWS } from '../embed/views'
import type { ExploreTag } from '../payload-types'
import { seedDemoRewards } from './demoRewards'
import { SEED_DISPLAY_RULES, SEED_PROPS, SEED_SPORT_RULES } from './vocabulary'

export interface SeedSummary {
  created: Record<string, number>
}

/** Seeds what is missing; returns how many documents of each collection it created. */
export async function seedDemoContent(payload: Payload): Promise<SeedSummary> {
  const created: Record<string, number> = {}
  // Seed ids come from the bundled catalog that also generated the market data: no need to ask the upstream.
  const base = { overrideAccess: true, draft: false, depth: 0, context: { skipUpstreamCheck: true } } as const
  const count = (slug: string) => (created[slug] = (created[slug] ?? 0) + 1)

  const existing = async <T>(collection: 'sports' | 'teams' | 'explore-tags' | 'market-display-rules' | 'props-vocabulary' | 'tournaments' | 'reward-seasons' | 'reward-rules' | 'app-users', key: (doc: never) => T) => {
    const { docs } = await payload.find({ collection, depth: 0, pagination: false, overrideAccess: true, draft: true })
    return new Map(docs.map((doc) => [key(doc as never), doc as unknown as { id: number }]))
  }

  // Sports
  const sports = await existing('sports', (doc: { slug: string }) => doc.slug)
  for (const sport of REPLAY_SPORTS) {
    if (sports.has(sport.sport)) continue
    const doc = await payload.create({
      collection: 'sports',
      ...base,
      data: {
        name: sport.name,
        slug: sport.sport,
        upstreamTagId: sport.primaryTagId,
        upstreamSeriesId: sport.seriesId,
        upstreamSportCode: sport.sport,
        periodVocabulary: isPeriodVocabulary(sport.periodUnit) ? sport.periodUnit : null,
        icon: sport.image,
        _status: 'published',
      },
    })
    sports.set(sport.sport, doc)
    count('sports')
  }

  // Teams (clubs, players, fighters, nations)
  const teams = await existing('teams', (doc: { upstreamTeamId: number }) => doc.upstreamTeamId)
  const teamRows = [
    ...Object.values(REPLAY_TEAMS).flat().map((team) => ({ ...team, sport: team.league, abbreviation: team.abbreviation.toUpperCase() })),
    ...allWorldCupTeams().map((team) => ({ ...team, shortName: team.name, sport: 'fifwc', abbreviation: team.fifaCode })),
  ]
  for (const team of teamRows) {
    if (teams.has(team.id)) continue
    const doc = await payload.create({
      collection: 'teams',
      ...base,
      data: {
        name: team.name,
        shortName: team.shortName,
        abbreviation: team.abbreviation,
        upstreamTeamId: team.id,
        sport: sports.get(team.sport)?.id,
        colour: team.color,
        logoUrl: team.logo,
        _status: 'published',
      },
    })
    teams.set(team.id, doc)
    count('teams')
  }

  // Display rules (defaults for all sports) and props vocabulary (per sport)
  const rules = await existing('market-display-rules', (doc: { marketKind: string; sport?: number | null }) => `${doc.sport ?? ''}:${doc.marketKind}`)
  for (const rule of SEED_DISPLAY_RULES) {
    if (rules.has(`:${rule.marketKind}`)) continue
    await payload.create({ collection: 'market-display-rules', ...base, data: { ...rule, marketKind: rule.marketKind as never, sort: rule.sort ?? 'upstream', groupBy: rule.groupBy ?? 'none', _status: 'published' } })
    count('market-display-rules')
  }
  for (const { sport: code, ...rule } of SEED_SPORT_RULES) {
    const sport = sports.get(code)
    if (!sport || rules.has(`${sport.id}:${rule.marketKind}`)) continue
    await payload.create({ collection: 'market-display-rules', ...base, data: { ...rule, sport: sport.id, marketKind: rule.marketKind as never, sort: rule.sort ?? 'upstream', groupBy: rule.groupBy ?? 'none', _status: 'published' } })
    count('market-display-rules')
  }
  const props = await existing('props-vocabulary', (doc: { sport: number; stat: string }) => `${doc.sport}:${doc.stat}`)
  for (const [sportCode, vocabulary] of Object.entries(SEED_PROPS)) {
    const sport = sports.get(sportCode)
    if (!sport) continue
    for (const entry of vocabulary) {
      if (props.has(`${sport.id}:${entry.stat}`)) continue
      await payload.create({ collection: 'props-vocabulary', ...base, data: { ...entry, sport: sport.id, _status: 'published' } })
      count('props-vocabulary')
    }
  }

  await seedExploreTree(payload, base, await existing('explore-tags', (doc: { slug: string }) => doc.slug), count)

  // The World Cup 2026
  const tournaments = await existing('tournaments', (doc: { slug: string }) => doc.slug)
  if (!tournaments.has('world-cup-2026')) {
    const teamDoc = (upstreamId: number) => teams.get(upstreamId)!.id
    await payload.create({
      collection: 'tournaments',
      ...base,
      data: {
        name: 'FIFA World Cup 2026',
        slug: 'world-cup-2026',
        upstreamTagId: WORLD_CUP_2026.tagId,
        startDate: `${WORLD_CUP_2026.startDate}T00:00:00.000Z`,
        endDate: `${WORLD_CUP_2026.endDate}T23:59:59.000Z`,
        groups: WORLD_CUP_GROUP_LETTERS.map((letter) => ({
          letter,
          pageSlug: `group-${letter.toLowerCase()}`,
          pageTitle: `Group ${letter}`,
          intro: `${WORLD_CUP_2026.groups[letter].map((team) => team.name).join(', ')}: two go through, and maybe a third.`,
          teams: WORLD_CUP_2026.groups[letter].map((team) => teamDoc(team.id)),
        })),
        searchAliases: allWorldCupTeams().flatMap((team) => [
          { alias: team.fifaCode, team: teamDoc(team.id) },
          ...team.aliases.map((alias) => ({ alias, team: teamDoc(team.id) })),
        ]),
        minAppVersion: '3.0.0',
        legacyLayout: 'flat-list',
        _status: 'published',
      },
    })
    count('tournaments')
  }

  await seedRewards(payload, base, count)
  await seedAppUsers(payload, count)
  await seedDemoRewards(payload, count)
  await seedDemoPartner(payload, base, count)
  return { created }
}

/** A partner for trying the embeds locally (`/embed/v1/demo`, the README's snippet): any local port, every view. */
async function seedDemoPartner(payload: Payload, base: Base, count: Count) {
  const { totalDocs } = await payload.count({ collection: 'partners', where: { publicKey: { equals: DEMO_PARTNER_KEY } }, overrideAccess: true })
  if (totalDocs > 0) return
  await payload.create({
    collection: 'partners',
    ...base,
    data: {
      name: 'Demo partner',
      publicKey: DEMO_PARTNER_KEY,
      enabled: true,
      allowedOrigins: [{ origin: 'http://localhost:*' }, { origin: 'http://127.0.0.1:*' }],
      views: [...EMBED_VIEWS],
      theme: { accent: '#0f766e', mode: 'light', density: 'regular' },
      _status: 'published',
    },
  })
  count('partners')
}

type Base = { overrideAccess: true; draft: false; depth: 0; context: { skipUpstreamCheck: boolean } }
type Count = (slug: string) => void

interface TagSeed {
  slug: string
  label: string
  kind?: ExploreTag['kind']
  filterTagIds?: number[]
  filterMatch?: 'all' | 'any'
  timeWindow?: ExploreTag['timeWindow']
  sort?: ExploreTag['sort']
  marketStatus?: ExploreTag['marketStatus']
  /** Audience rules, to demonstrate each: a country deny-list, a partial rollout, a per-platform version gate. */
  visibility?: ExploreTag['visibility']
  children?: TagSeed[]
}

const t = REPLAY_TAGS
const timeTags = (prefix: string): TagSeed[] => [
  { slug: `${prefix}-today`, label: 'Ends today', kind: 'time-period', timeWindow: 'today', sort: 'end-date' },
  { slug: `${prefix}-this-week`, label: 'This week', kind: 'time-period', timeWindow: 'this-week', sort: 'end-date' },
  { slug: `${prefix}-this-month`, label: 'This month', kind: 'time-period', timeWindow: 'this-month', sort: 'end-date' },
]

/** The install id of the demo QA device: it sees every partial rollout of the demo content. */
export const DEMO_QA_INSTALL_ID = 'demo-qa-device'

export const SEED_EXPLORE_TREE: TagSeed[] = [
  {
    slug: 'sports',
    label: 'Sports',
    filterTagIds: [t.sports.id],
    children: REPLAY_SPORTS.filter((sport) => sport.sport !== 'fifwc').map((sport) => ({ slug: sport.sport, label: sport.name, filterTagIds: [sport.primaryTagId], sort: 'end-date' as const })),
  },
  {
    slug: 'world-cup',
    label: 'World Cup 2026',
    filterTagIds: [t.worldCup2026.id],
    sort: 'end-date',
    children: [{ slug: 'world-cup-results', label: 'Results', filterTagIds: [t.games.id], marketStatus: 'settled', sort: 'newest' }],
  },
  {
    slug: 'crypto',
    label: 'Crypto',
    filterTagIds: [t.crypto.id],
    children: [
      { slug: 'bitcoin', label: 'Bitcoin', filterTagIds: [t.bitcoin.id], children: timeTags('bitcoin') },
      { slug: 'ethereum', label: 'Ethereum', filterTagIds: [t.ethereum.id], children: timeTags('ethereum') },
      { slug: 'solana', label: 'Solana', filterTagIds: [t.solana.id], children: timeTags('solana') },
      ...timeTags('crypto'),
      // 10 % of installs (by X-Install-Id) and the demo QA device see it.
      { slug: 'crypto-labs', label: 'Crypto Labs', filterTagIds: [t.crypto.id], visibility: { rolloutPercent: 10, qaInstallIds: [DEMO_QA_INSTALL_ID] } },
    ],
  },
  {
    slug: 'finance',
    label: 'Finance',
    filterTagIds: [t.finance.id],
    children: [
      { slug: 'stocks', label: 'Stocks', filterTagIds: [t.stocks.id] },
      { slug: 'fed-rates', label: 'Fed Rates', filterTagIds: [t.fedRates.id] },
      { slug: 'commodities', label: 'Commodities', filterTagIds: [t.commodities.id] },
      // Hidden in the United States; shown where the country is unknown (no trusted CDN header).
      { slug: 'rate-bets', label: 'Rate bets', filterTagIds: [t.fedRates.id], visibility: { countryMode: 'deny', countries: ['US'], unknownCountry: 'show' } },
      // A layout the iOS app renders from 4.2.0 and the Android app from 4.5.0.
      {
        slug: 'markets-pro',
        label: 'Markets Pro',
        filterTagIds: [t.stocks.id],
        visibility: {
          versionsByPlatform: [
            { platform: 'ios', minAppVersion: '4.2.0' },
            { platform: 'android', minAppVersion: '4.5.0' },
          ],
        },
      },
    ],
  },
]

async function seedExploreTree(payload: Payload, base: Base, existing: Map<string, { id: number }>, count: Count): Promise<void> {
  const visit = async (nodes: TagSeed[], parent: number | null): Promise<void> => {
    for (const [index, node] of nodes.entries()) {
      let doc = existing.get(node.slug)
      if (!doc) {
        doc = await payload.create({
          collection: 'explore-tags',
          ...base,
          data: {
            label: node.label,
            slug: node.slug,
            parent,
            order: (index + 1) * 10,
            kind: node.kind ?? 'market-tag',
            filterMatch: node.filterMatch ?? 'all',
            filterTagIds: node.filterTagIds ?? [],
            timeWindow: node.timeWindow ?? null,
            sort: node.sort ?? 'volume',
            marketStatus: node.marketStatus ?? 'open',
            ...(node.visibility ? { visibility: node.visibility } : {}),
            _status: 'published',
          },
        })
        count('explore-tags')
      }
      if (node.children) await visit(node.children, doc.id)
    }
  }
  await visit(SEED_EXPLORE_TREE, null)
}

async function seedRewards(payload: Payload, base: Base, count: Count): Promise<void> {
  const { docs: seasons } = await payload.find({ collection: 'reward-seasons', where: { slug: { equals: 'season-1' } }, depth: 0, limit: 1, overrideAccess: true, draft: true })
  if (seasons.length > 0) return
  const season = await payload.create({
    collection: 'reward-seasons',
    ...base,
    data: { name: 'Season 1', slug: 'season-1', startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z', _status: 'published' },
  })
  count('reward-seasons')
  const rules = [
    { name: 'Trading volume', activityType: 'trade', basePoints: '1', pointsPerUnit: '0.1', unitLabel: 'USDC traded', dailyCap: '500',
      multiplierWindows: [{ startsAt: '2026-07-18T00:00:00.000Z', endsAt: '2026-07-20T00:00:00.000Z', multiplier: '2' }] },
    { name: 'Deposits', activityType: 'deposit', basePoints: '5', pointsPerUnit: '0.01', unitLabel: 'USDC deposited', dailyCap: '100' },
    { name: 'Referrals', activityType: 'referral', basePoints: '50', pointsPerUnit: '0', unitLabel: 'referral' },
    { name: 'Predictions won', activityType: 'prediction_won', basePoints: '10', pointsPerUnit: '0.05', unitLabel: 'USDC won' },
    { name: 'Daily streak', activityType: 'streak', basePoints: '2', pointsPerUnit: '1', unitLabel: 'day in the streak', dailyCap: '30' },
  ] as const
  for (const rule of rules) {
    await payload.create({ collection: 'reward-rules', ...base, data: { ...rule, multiplierWindows: 'multiplierWindows' in rule ? [...rule.multiplierWindows] : [], season: season.id, _status: 'published' } })
    count('reward-rules')
  }
}

async function seedAppUsers(payload: Payload, count: Count): Promise<void> {
  const handles = ['messi_fan', 'satoshi', 'hoops_guru', 'gridiron_greg', 'tennis_ace', 'octagon_oracle', 'whale_watcher', 'degen_dave']
  const { docs } = await payload.find({ collection: 'app-users', where: { handle: { in: handles } }, depth: 0, pagination: false, overrideAccess: true, select: { handle: true } })
  const have = new Set(docs.map((doc) => doc.handle))
  for (const handle of handles) {
    if (have.has(handle)) continue
    await payload.create({ collection: 'app-users', overrideAccess: true, depth: 0, data: { handle, displayName: handle.replace(/_/g, ' ') } })
    count('app-users')
  }
}
