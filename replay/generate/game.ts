/** Turns a matchup and its sport family into an event: settled, live or scheduled relative to the reference time. */
import type { ReplaySport } from '../data/catalog'
import { addDays, addMinutes } from '../dates'
import type { WireTeam } from '../wire'
import { buildEvent, type BuiltEvent } from './event'
import { REFERENCE, buildMarket, type EventContext, type IdSource } from './market'
import type { Matchup, Side, SportFamily } from './matchup'
import { Rng } from './prng'
import { allTags, leagueSeries, tagOf } from './taxonomy'

/** How long a game lasts, for deciding what is live at the reference time and when markets closed. */
const DURATION_MINUTES: Record<string, number> = {
  nfl: 200, nba: 150, mlb: 190, nhl: 160, epl: 115, fifwc: 115, atp: 150, ufc: 25, ipl: 220, cs2: 180, urc: 110,
}

export function sideOf(wire: WireTeam, short: string): Side {
  return {
    wire,
    id: wire.id,
    name: wire.name,
    short,
    abbreviation: wire.abbreviation,
    rating: new Rng(`rating:${wire.league}:${wire.abbreviation}`).float(-1, 1),
  }
}

export interface GameInput {
  sport: ReplaySport
  home: Side
  away: Side
  start: Date
  /** Soccer titles use full names ("Arsenal FC vs. Chelsea FC"), the others short names. */
  fullNames?: boolean
  slugPrefix?: string
  note?: string
  family: SportFamily
}

const date = (value: Date) => value.toISOString().slice(0, 10)

function tagsFor(sport: ReplaySport, hasProps: boolean) {
  const byId = new Map(allTags().map((tag) => [Number(tag.id), tag]))
  const tags = sport.tagIds.map((id) => byId.get(id)!)
  if (hasProps) tags.push(tagOf('playerProps'))
  return tags
}

function period(sport: ReplaySport, fraction: number): string {
  const inPlay = sport.periods.filter((code) => code !== 'NS' && code !== 'VFT' && code !== 'HT' && code !== 'IB' && code !== 'OT' && code !== 'SO' && code !== 'ET' && code !== 'PEN')
  return inPlay[Math.min(inPlay.length - 1, Math.floor(fraction * inPlay.length))] ?? 'NS'
}

export function buildGame(ids: IdSource, input: GameInput): BuiltEvent {
  const { sport, home, away, start } = input
  const [first, second] = sport.ordering === 'away' ? [away, home] : [home, away]
  const nameOf = (side: Side) => (input.fullNames ? side.name : side.short)
  const title = `${nameOf(first)} vs. ${nameOf(second)}`
  const slug = `${input.slugPrefix ?? sport.sport}-${first.abbreviation}-${second.abbreviation}-${date(start)}`
  const rng = new Rng(`game:${slug}`)
  const matchup: Matchup = {
    sport,
    first: input.fullNames ? { ...first, short: first.name } : first,
    second: input.fullNames ? { ...second, short: second.name } : second,
    firstIsHome: first === home,
    start,
    slug,
    title,
    rng,
    ...(input.note ? { note: input.note } : {}),
  }
  const outcome = input.family(matchup)

  const duration = DURATION_MINUTES[sport.sport] ?? 150
  const end = addMinutes(start, duration)
  const closed = end.getTime() <= REFERENCE.getTime()
  const live = !closed && start.getTime() <= REFERENCE.getTime()
  const fraction = live ? (REFERENCE.getTime() - start.getTime()) / (duration * 60_000) : 0

  const ctx: EventContext = {
    rng,
    ids,
    closed,
    closedAt: end,
    listedAt: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() - 2, 8, rng.int(0, 59), rng.int(0, 59))),
    endDate: addDays(start, 7),
    resolutionSource: sport.resolution,
    image: sport.image,
    game: { start, gameId: ids.gameId(), teamAId: first.id, teamBId: second.id },
  }
  const markets = outcome.markets.map((spec) => buildMarket(ctx, spec))
  const kickoff = start.toUTCString().replace(':00 GMT', ' UTC')
  const description = [
    `${sport.name}: ${first.name} vs. ${second.name}, scheduled for ${kickoff}.`,
    input.note,
    `If the game is cancelled entirely with no make-up game, markets resolve 50-50.`,
  ]
    .filter(Boolean)
    .join('\n')

  const teams: WireTeam[] = [first, second].map((side) => ({ ...side.wire, ordering: side === home ? 'home' : 'away' }))
  return buildEvent(ids, rng, {
    slug,
    title,
    description,
    category: 'Sports',
    resolutionSource: sport.resolution,
    image: sport.image,
    listedAt: ctx.listedAt,
    endDate: start,
    closed,
    closedAt: end,
    tags: tagsFor(sport, outcome.hasProps),
    series: [leagueSeries(sport)],
    markets,
    game: {
      start,
      gameId: ctx.game!.gameId,
      teams,
      homeTeamName: home.name,
      awayTeamName: away.name,
      ...(outcome.spreadsMainLine !== undefined ? { spreadsMainLine: outcome.spreadsMainLine } : {}),
      ...(outcome.totalsMainLine !== undefined ? { totalsMainLine: outcome.totalsMainLine } : {}),
      ...(closed ? { score: outcome.finalScore } : live ? { score: outcome.liveScore(fraction) } : {}),
      period: closed ? 'VFT' : live ? (outcome.livePeriod?.(fraction) ?? period(sport, fraction)) : 'NS',
      ...(live && (sport.sport === 'epl' || sport.sport === 'fifwc') ? { elapsed: String(Math.min(90, Math.round(fraction * 105))) } : {}),
      live,
      finalScore: outcome.finalScore,
      finalPeriod: 'VFT',
    },
  })
}
