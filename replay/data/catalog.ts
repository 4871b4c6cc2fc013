/**
 * Ids and names of the replay data set: the one place that both the generator and the CMS seed content read,
 * so configured tags, sports, teams and World Cup groups line up with the market data served.
 * Numeric ids are what the upstream takes in query strings (`tag_id=450`); on the wire tag ids are strings.
 */

/** The instant the data set was "captured": events before it are settled, later ones open. */
export const REPLAY_REFERENCE_TIME = '2026-06-20T12:00:00Z'

export interface ReplayTag {
  id: number
  label: string
  slug: string
}

export const REPLAY_TAGS = {
  sports: { id: 1, label: 'Sports', slug: 'sports' },
  games: { id: 100639, label: 'Games', slug: 'games' },
  all: { id: 100215, label: 'All', slug: 'all' },
  crypto: { id: 21, label: 'Crypto', slug: 'crypto' },
  bitcoin: { id: 235, label: 'Bitcoin', slug: 'bitcoin' },
  ethereum: { id: 39, label: 'Ethereum', slug: 'ethereum' },
  solana: { id: 818, label: 'Solana', slug: 'solana' },
  finance: { id: 120, label: 'Finance', slug: 'finance' },
  stocks: { id: 604, label: 'Stocks', slug: 'stocks' },
  fedRates: { id: 100196, label: 'Fed Rates', slug: 'fed-rates' },
  economy: { id: 100328, label: 'Economy', slug: 'economy' },
  commodities: { id: 101624, label: 'Commodities', slug: 'commodities' },
  worldCup2026: { id: 102759, label: 'World Cup 2026', slug: 'world-cup-2026' },
  soccer: { id: 100350, label: 'Soccer', slug: 'soccer' },
  nfl: { id: 450, label: 'NFL', slug: 'nfl' },
  nba: { id: 745, label: 'NBA', slug: 'nba' },
  mlb: { id: 100381, label: 'MLB', slug: 'mlb' },
  nhl: { id: 899, label: 'NHL', slug: 'nhl' },
  epl: { id: 82, label: 'EPL', slug: 'epl' },
  tennis: { id: 864, label: 'Tennis', slug: 'tennis' },
  atp: { id: 101232, label: 'ATP', slug: 'atp' },
  ufc: { id: 279, label: 'UFC', slug: 'ufc' },
  cricket: { id: 517, label: 'Cricket', slug: 'cricket' },
  ipl: { id: 101977, label: 'IPL', slug: 'ipl' },
  esports: { id: 64, label: 'Esports', slug: 'esports' },
  cs2: { id: 100780, label: 'Counter-Strike 2', slug: 'counter-strike-2' },
  rugby: { id: 101800, label: 'Rugby', slug: 'rugby' },
  urc: { id: 101801, label: 'United Rugby Championship', slug: 'urc' },
  playerProps: { id: 102123, label: 'Player Props', slug: 'player-props' },
  replayFixture137: { id: 990137, label: 'Replay Fixture 137', slug: 'replay-fixture-137' },
} as const satisfies Record<string, ReplayTag>

export type ReplayTagKey = keyof typeof REPLAY_TAGS

/** Exactly this many events carry `REPLAY_TAGS.replayFixture137` (a pagination fixture). */
export const REPLAY_FIXTURE_EVENT_COUNT = 137

export type ReplayLeague = 'nba' | 'nfl' | 'mlb' | 'nhl' | 'epl' | 'atp' | 'ufc' | 'ipl' | 'cs2' | 'urc'
export type ReplaySportCode = ReplayLeague | 'fifwc'

export interface ReplaySport {
  /** Upstream SportsMetadata id (int). */
  id: number
  sport: ReplaySportCode
  name: string
  /** The league tag: `events?tag_id=<primaryTagId>` lists the league's games. */
  primaryTagId: number
  /** Every tag a game of this sport carries (the upstream `/sports` `tags` string, as numbers). */
  tagIds: readonly number[]
  /** The league series id (a string, as `/sports` sends it). */
  seriesId: string
  seriesSlug: string
  /** Which team is listed first in titles ("Away vs. Home" for US leagues). */
  ordering: 'home' | 'away'
  image: string
  resolution: string
  /** Period codes the upstream uses for this sport, in play order, ending with the final code. */
  periods: readonly string[]
  /** The unit a period is counted in, as editors would name it (sets, rounds, halves, innings, maps). */
  periodUnit: string
  /** Participants are individuals (tennis players, fighters) rather than clubs. */
  individual: boolean
}

const IMAGES = 'https://img.replay.test'

const t = REPLAY_TAGS

export const REPLAY_SPORTS: readonly ReplaySport[] = [
  {
    id: 10, sport: 'nfl', name: 'NFL', primaryTagId: t.nfl.id, tagIds: [t.sports.id, t.nfl.id, t.games.id],
    seriesId: '10187', seriesSlug: 'nfl', ordering: 'away', image: `${IMAGES}/sports/nfl.png`,
    resolution: 'https://www.nfl.com/', periods: ['NS', 'Q1', 'Q2', 'HT', 'Q3', 'Q4', 'OT', 'VFT'], periodUnit: 'quarters',
    individual: false,
  },
  {
    id: 11, sport: 'nba', name: 'NBA', primaryTagId: t.nba.id, tagIds: [t.sports.id, t.nba.id, t.games.id],
    seriesId: '10345', seriesSlug: 'nba', ordering: 'away', image: `${IMAGES}/sports/nba.png`,
    resolution: 'https://www.nba.com/', periods: ['NS', 'Q1', 'Q2', 'HT', 'Q3', 'Q4', 'OT', 'VFT'], periodUnit: 'quarters',
    individual: false,
  },
  {
    id: 12, sport: 'mlb', name: 'MLB', primaryTagId: t.mlb.id, tagIds: [t.sports.id, t.mlb.id, t.games.id],
    seriesId: '3', seriesSlug: 'mlb', ordering: 'away', image: `${IMAGES}/sports/mlb.png`,
    resolution: 'https://www.mlb.com/',
    periods: ['NS', 'T1', 'B1', 'T2', 'B2', 'T3', 'B3', 'T4', 'B4', 'T5', 'B5', 'T6', 'B6', 'T7', 'B7', 'T8', 'B8', 'T9', 'B9', 'VFT'],
    periodUnit: 'innings', individual: false,
  },
  {
    id: 13, sport: 'nhl', name: 'NHL', primaryTagId: t.nhl.id, tagIds: [t.sports.id, t.nhl.id, t.games.id],
    seriesId: '10346', seriesSlug: 'nhl', ordering: 'away', image: `${IMAGES}/sports/nhl.png`,
    resolution: 'https://www.nhl.com/', periods: ['NS', 'P1', 'P2', 'P3', 'OT', 'SO', 'VFT'], periodUnit: 'periods',
    individual: false,
  },
  {
    id: 14, sport: 'epl', name: 'Premier League', primaryTagId: t.epl.id,
    tagIds: [t.sports.id, t.soccer.id, t.epl.id, t.games.id], seriesId: '10188', seriesSlug: 'premier-league',
    ordering: 'home', image: `${IMAGES}/sports/epl.png`, resolution: 'https://www.premierleague.com/',
    periods: ['NS', '1H', 'HT', '2H', 'VFT'], periodUnit: 'halves', individual: false,
  },
  {
    id: 15, sport: 'atp', name: 'ATP', primaryTagId: t.atp.id, tagIds: [t.sports.id, t.tennis.id, t.atp.id, t.games.id],
    seriesId: '10365', seriesSlug: 'atp', ordering: 'home', image: `${IMAGES}/sports/atp.png`,
    resolution: 'https://www.atptour.com/', periods: ['NS', 'S1', 'S2', 'S3', 'S4', 'S5', 'VFT'], periodUnit: 'sets',
    individual: true,
  },
  {
    id: 16, sport: 'ufc', name: 'UFC', primaryTagId: t.ufc.id, tagIds: [t.sports.id, t.ufc.id, t.games.id],
    seriesId: '10500', seriesSlug: 'ufc', ordering: 'home', image: `${IMAGES}/sports/ufc.png`,
    resolution: 'https://www.ufc.com/', periods: ['NS', 'R1', 'R2', 'R3', 'R4', 'R5', 'VFT'], periodUnit: 'rounds',
    individual: true,
  },
  {
    id: 17, sport: 'ipl', name: 'Indian Premier League', primaryTagId: t.ipl.id,
    tagIds: [t.sports.id, t.cricket.id, t.ipl.id, t.games.id], seriesId: '10528', seriesSlug: 'ipl', ordering: 'home',
    image: `${IMAGES}/sports/ipl.png`, resolution: 'https://www.iplt20.com/', periods: ['NS', '1I', 'IB', '2I', 'VFT'],
    periodUnit: 'innings', individual: false,
  },
  {
    id: 18, sport: 'cs2', name: 'Counter-Strike 2', primaryTagId: t.cs2.id,
    tagIds: [t.sports.id, t.esports.id, t.cs2.id, t.games.id], seriesId: '10310', seriesSlug: 'counter-strike',
    ordering: 'home', image: `${IMAGES}/sports/cs2.png`, resolution: 'https://www.hltv.org/',
    periods: ['NS', 'M1', 'M2', 'M3', 'VFT'], periodUnit: 'maps', individual: false,
  },
  {
    id: 19, sport: 'urc', name: 'United Rugby Championship', primaryTagId: t.urc.id,
    tagIds: [t.sports.id, t.rugby.id, t.urc.id, t.games.id], seriesId: '10611', seriesSlug: 'urc', ordering: 'home',
    image: `${IMAGES}/sports/urc.png`, resolution: 'https://www.unitedrugby.com/', periods: ['NS', '1H', 'HT', '2H', 'VFT'],
    periodUnit: 'halves', individual: false,
  },
  {
    id: 20, sport: 'fifwc', name: 'FIFA World Cup 2026', primaryTagId: t.worldCup2026.id,
    tagIds: [t.sports.id, t.soccer.id, t.worldCup2026.id, t.games.id], seriesId: '10726', seriesSlug: 'fifa-world-cup-2026',
    ordering: 'home', image: `${IMAGES}/sports/fifwc.png`, resolution: 'https://www.fifa.com/',
    periods: ['NS', '1H', 'HT', '2H', 'ET', 'PEN', 'VFT'], periodUnit: 'halves', individual: false,
  },
]

export interface ReplayTeam {
  /** Upstream team id (int). */
  id: number
  name: string
  /** The short name used in titles and outcomes ("Mets", "Sinner"); the upstream sends it as `alias`. */
  shortName: string
  /** Lower case, as the upstream sends it. */
  abbreviation: string
  color: string
  league: ReplaySportCode
  logo: string
}

function teams(league: ReplayLeague, firstId: number, rows: ReadonlyArray<[string, string, string, string]>): ReplayTeam[] {
  return rows.map(([name, shortName, abbreviation, color], index) => ({
    id: firstId + index,
    name,
    shortName,
    abbreviation,
    color,
    league,
    logo: `${IMAGES}/teams/${league}/${abbreviation}.png`,
  }))
}

export const REPLAY_TEAMS: Readonly<Record<ReplayLeague, readonly ReplayTeam[]>> = {
  nfl: teams('nfl', 100100, [
    ['Kansas City Chiefs', 'Chiefs', 'kc', '#E31837'],
    ['Buffalo Bills', 'Bills', 'buf', '#00338D'],
    ['Philadelphia Eagles', 'Eagles', 'phi', '#004C54'],
    ['Dallas Cowboys', 'Cowboys', 'dal', '#003594'],
    ['San Francisco 49ers', '49ers', 'sf', '#AA0000'],
    ['Baltimore Ravens', 'Ravens', 'bal', '#241773'],
    ['Detroit Lions', 'Lions', 'det', '#0076B6'],
    ['Green Bay Packers', 'Packers', 'gb', '#203731'],
    ['Tampa Bay Buccaneers', 'Buccaneers', 'tb', '#D50A0A'],
    ['Cincinnati Bengals', 'Bengals', 'cin', '#FB4F14'],
  ]),
  nba: teams('nba', 100200, [
    ['Los Angeles Lakers', 'Lakers', 'lal', '#552583'],
    ['Boston Celtics', 'Celtics', 'bos', '#007A33'],
    ['Golden State Warriors', 'Warriors', 'gsw', '#1D428A'],
    ['Denver Nuggets', 'Nuggets', 'den', '#0E2240'],
    ['New York Knicks', 'Knicks', 'nyk', '#006BB6'],
    ['Oklahoma City Thunder', 'Thunder', 'okc', '#007AC1'],
    ['Milwaukee Bucks', 'Bucks', 'mil', '#00471B'],
    ['Miami Heat', 'Heat', 'mia', '#98002E'],
    ['Dallas Mavericks', 'Mavericks', 'dal', '#00538C'],
    ['Cleveland Cavaliers', 'Cavaliers', 'cle', '#860038'],
  ]),
  mlb: teams('mlb', 100300, [
    ['New York Yankees', 'Yankees', 'nyy', '#003087'],
    ['Los Angeles Dodgers', 'Dodgers', 'lad', '#005A9C'],
    ['New York Mets', 'Mets', 'nym', '#002D72'],
    ['Washington Nationals', 'Nationals', 'wsh', '#AB0003'],
    ['Boston Red Sox', 'Red Sox', 'bos', '#BD3039'],
    ['Chicago Cubs', 'Cubs', 'chc', '#0E3386'],
    ['Atlanta Braves', 'Braves', 'atl', '#CE1141'],
    ['Houston Astros', 'Astros', 'hou', '#EB6E1F'],
    ['Philadelphia Phillies', 'Phillies', 'phi', '#E81828'],
    ['San Diego Padres', 'Padres', 'sd', '#2F241D'],
  ]),
  nhl: teams('nhl', 100400, [
    ['Florida Panthers', 'Panthers', 'fla', '#041E42'],
    ['Edmonton Oilers', 'Oilers', 'edm', '#FF4C00'],
    ['New York Rangers', 'Rangers', 'nyr', '#0038A8'],
    ['Toronto Maple Leafs', 'Maple Leafs', 'tor', '#00205B'],
    ['Boston Bruins', 'Bruins', 'bos', '#FFB81C'],
    ['Colorado Avalanche', 'Avalanche', 'col', '#6F263D'],
    ['Dallas Stars', 'Stars', 'dal', '#006847'],
    ['Vegas Golden Knights', 'Golden Knights', 'vgk', '#B4975A'],
    ['Tampa Bay Lightning', 'Lightning', 'tb', '#002868'],
    ['Carolina Hurricanes', 'Hurricanes', 'car', '#CC0000'],
  ]),
  epl: teams('epl', 100500, [
    ['Arsenal FC', 'Arsenal', 'ars', '#EF0107'],
    ['Chelsea FC', 'Chelsea', 'che', '#034694'],
    ['Liverpool FC', 'Liverpool', 'liv', '#C8102E'],
    ['Manchester City FC', 'Man City', 'mci', '#6CABDD'],
    ['Manchester United FC', 'Man United', 'mun', '#DA291C'],
    ['Tottenham Hotspur FC', 'Tottenham', 'tot', '#132257'],
    ['Newcastle United FC', 'Newcastle', 'new', '#241F20'],
    ['Aston Villa FC', 'Aston Villa', 'avl', '#670E36'],
    ['Brighton & Hove Albion FC', 'Brighton', 'bha', '#0057B8'],
    ['Fulham FC', 'Fulham', 'ful', '#000000'],
  ]),
  atp: teams('atp', 100600, [
    ['Jannik Sinner', 'Sinner', 'sin', '#E4572E'],
    ['Carlos Alcaraz', 'Alcaraz', 'alc', '#C8102E'],
    ['Novak Djokovic', 'Djokovic', 'djo', '#0C4076'],
    ['Alexander Zverev', 'Zverev', 'zve', '#000000'],
    ['Taylor Fritz', 'Fritz', 'fri', '#3C3B6E'],
    ['Daniil Medvedev', 'Medvedev', 'med', '#1C3578'],
    ['Casper Ruud', 'Ruud', 'ruu', '#BA0C2F'],
    ['Holger Rune', 'Rune', 'run', '#C60C30'],
    ['Jack Draper', 'Draper', 'dra', '#012169'],
    ['Alex de Minaur', 'de Minaur', 'dem', '#00843D'],
  ]),
  ufc: teams('ufc', 100700, [
    ['Ilia Topuria', 'Topuria', 'top', '#D52B1E'],
    ['Charles Oliveira', 'Oliveira', 'oli', '#009C3B'],
    ['Islam Makhachev', 'Makhachev', 'mak', '#1F2A44'],
    ['Belal Muhammad', 'Muhammad', 'muh', '#6D2077'],
    ['Alex Pereira', 'Pereira', 'per', '#FEDD00'],
    ['Jiri Prochazka', 'Prochazka', 'pro', '#11457E'],
    ['Tom Aspinall', 'Aspinall', 'asp', '#012169'],
    ['Jon Jones', 'Jones', 'jon', '#B22234'],
    ['Dricus du Plessis', 'du Plessis', 'dup', '#007749'],
    ['Khamzat Chimaev', 'Chimaev', 'chi', '#00A3E0'],
    ['Merab Dvalishvili', 'Dvalishvili', 'dva', '#E8112D'],
    ["Sean O'Malley", "O'Malley", 'oma', '#8E44AD'],
  ]),
  ipl: teams('ipl', 100800, [
    ['Chennai Super Kings', 'Chennai', 'csk', '#FDB913'],
    ['Mumbai Indians', 'Mumbai', 'mi', '#004BA0'],
    ['Royal Challengers Bengaluru', 'Bengaluru', 'rcb', '#EC1C24'],
    ['Kolkata Knight Riders', 'Kolkata', 'kkr', '#3A225D'],
    ['Delhi Capitals', 'Delhi', 'dc', '#17479E'],
    ['Punjab Kings', 'Punjab', 'pbks', '#ED1B24'],
    ['Rajasthan Royals', 'Rajasthan', 'rr', '#EA1A85'],
    ['Sunrisers Hyderabad', 'Hyderabad', 'srh', '#FF822A'],
    ['Gujarat Titans', 'Gujarat', 'gt', '#1B2133'],
    ['Lucknow Super Giants', 'Lucknow', 'lsg', '#A72056'],
  ]),
  cs2: teams('cs2', 100900, [
    ['Team Vitality', 'Vitality', 'vit', '#F5E50F'],
    ['Natus Vincere', 'NAVI', 'navi', '#FFEE00'],
    ['FaZe Clan', 'FaZe', 'faze', '#EC1C24'],
    ['Team Spirit', 'Spirit', 'spirit', '#1C1C1C'],
    ['MOUZ', 'MOUZ', 'mouz', '#E2001A'],
    ['G2 Esports', 'G2', 'g2', '#000000'],
    ['Team Falcons', 'Falcons', 'fal', '#00A651'],
    ['The MongolZ', 'MongolZ', 'mongolz', '#C4272F'],
    ['FURIA', 'FURIA', 'furia', '#1A1A1A'],
    ['Astralis', 'Astralis', 'ast', '#E31B23'],
  ]),
  urc: teams('urc', 101000, [
    ['Leinster Rugby', 'Leinster', 'lei', '#0A2D6E'],
    ['Munster Rugby', 'Munster', 'mun', '#CC0000'],
    ['Ulster Rugby', 'Ulster', 'uls', '#FFFFFF'],
    ['Connacht Rugby', 'Connacht', 'con', '#00693E'],
    ['Glasgow Warriors', 'Glasgow', 'gla', '#1D3A6C'],
    ['Edinburgh Rugby', 'Edinburgh', 'edi', '#6E0F2A'],
    ['DHL Stormers', 'Stormers', 'sto', '#0047AB'],
    ['Vodacom Bulls', 'Bulls', 'bul', '#00AEEF'],
    ['Hollywoodbets Sharks', 'Sharks', 'sha', '#000000'],
    ['Emirates Lions', 'Lions', 'lio', '#D81E05'],
  ]),
}

export type WorldCupGroupLetter = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L'

export const WORLD_CUP_GROUP_LETTERS: readonly WorldCupGroupLetter[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L']

export interface WorldCupTeam {
  /** Upstream team id (int). */
  id: number
  name: string
  /** FIFA trigram, upper case ('ARG'). */
  fifaCode: string
  /** Lower case, as the upstream sends it (and as match slugs use it). */
  abbreviation: string
  color: string
  /** Nicknames fans search by ('La Albiceleste'). */
  aliases: readonly string[]
  logo: string
}

type Group = readonly [WorldCupTeam, WorldCupTeam, WorldCupTeam, WorldCupTeam]

let worldCupTeamId = 3270200

function nation(name: string, fifaCode: string, color: string, aliases: readonly string[]): WorldCupTeam {
  const abbreviation = fifaCode.toLowerCase()
  return { id: worldCupTeamId++, name, fifaCode, abbreviation, color, aliases, logo: `${IMAGES}/teams/fifwc/${abbreviation}.png` }
}

/**
 * The December 2025 draw; the four UEFA and two intercontinental play-off slots are filled with plausible winners
 * (Denmark, Italy, Turkey, Ukraine, Iraq, DR Congo). Within a group, the first team is the seeded one.
 */
const groups: Record<WorldCupGroupLetter, Group> = {
  A: [
    nation('Mexico', 'MEX', '#006847', ['El Tri']),
    nation('South Africa', 'RSA', '#007749', ['Bafana Bafana']),
    nation('South Korea', 'KOR', '#CD2E3A', ['Taeguk Warriors', 'Korea Republic']),
    nation('Denmark', 'DEN', '#C60C30', ['Danish Dynamite', 'De Rød-Hvide']),
  ],
  B: [
    nation('Canada', 'CAN', '#D80621', ['Canucks', 'Les Rouges']),
    nation('Italy', 'ITA', '#0066CC', ['Gli Azzurri']),
    nation('Qatar', 'QAT', '#8A1538', ['The Maroons', 'Al-Annabi']),
    nation('Switzerland', 'SUI', '#D52B1E', ['Nati', 'La Nati']),
  ],
  C: [
    nation('Brazil', 'BRA', '#FEDD00', ['Seleção', 'Canarinho']),
    nation('Morocco', 'MAR', '#C1272D', ['Atlas Lions']),
    nation('Haiti', 'HAI', '#00209F', ['Les Grenadiers']),
    nation('Scotland', 'SCO', '#005EB8', ['Tartan Army']),
  ],
  D: [
    nation('USA', 'USA', '#002868', ['USMNT', 'Stars and Stripes', 'United States']),
    nation('Paraguay', 'PAR', '#D52B1E', ['La Albirroja']),
    nation('Australia', 'AUS', '#FFCD00', ['Socceroos']),
    nation('Turkey', 'TUR', '#E30A17', ['Crescent-Stars', 'Türkiye']),
  ],
  E: [
    nation('Germany', 'GER', '#000000', ['Die Mannschaft']),
    nation('Curaçao', 'CUW', '#002B7F', ['The Blue Wave']),
    nation('Ivory Coast', 'CIV', '#F77F00', ['Les Éléphants', "Côte d'Ivoire"]),
    nation('Ecuador', 'ECU', '#FFD100', ['La Tri']),
  ],
  F: [
    nation('Netherlands', 'NED', '#F36C21', ['Oranje', 'Holland']),
    nation('Japan', 'JPN', '#000080', ['Samurai Blue']),
    nation('Ukraine', 'UKR', '#0057B7', ['Zbirna', 'Blue and Yellows']),
    nation('Tunisia', 'TUN', '#E70013', ['Eagles of Carthage']),
  ],
  G: [
    nation('Belgium', 'BEL', '#E30613', ['Red Devils']),
    nation('Egypt', 'EGY', '#CE1126', ['The Pharaohs']),
    nation('Iran', 'IRN', '#239F40', ['Team Melli']),
    nation('New Zealand', 'NZL', '#000000', ['All Whites']),
  ],
  H: [
    nation('Spain', 'ESP', '#AA151B', ['La Roja', 'La Furia Roja']),
    nation('Cape Verde', 'CPV', '#003893', ['Blue Sharks', 'Tubarões Azuis']),
    nation('Saudi Arabia', 'KSA', '#006C35', ['Green Falcons']),
    nation('Uruguay', 'URU', '#5CBFEB', ['La Celeste']),
  ],
  I: [
    nation('France', 'FRA', '#002395', ['Les Bleus']),
    nation('Senegal', 'SEN', '#00853F', ['Lions of Teranga']),
    nation('Iraq', 'IRQ', '#007A3D', ['Lions of Mesopotamia']),
    nation('Norway', 'NOR', '#BA0C2F', ['Løvene']),
  ],
  J: [
    nation('Argentina', 'ARG', '#67A4DC', ['La Albiceleste']),
    nation('Algeria', 'ALG', '#006233', ['Les Fennecs', 'Desert Foxes']),
    nation('Austria', 'AUT', '#ED2939', ['Das Team']),
    nation('Jordan', 'JOR', '#CE1126', ['Al-Nashama']),
  ],
  K: [
    nation('Portugal', 'POR', '#006600', ['Seleção das Quinas']),
    nation('DR Congo', 'COD', '#007FFF', ['Leopards', 'Les Léopards']),
    nation('Uzbekistan', 'UZB', '#0099B5', ['White Wolves']),
    nation('Colombia', 'COL', '#FCD116', ['Los Cafeteros']),
  ],
  L: [
    nation('England', 'ENG', '#FFFFFF', ['Three Lions']),
    nation('Croatia', 'CRO', '#FF0000', ['Vatreni', 'The Blazers']),
    nation('Ghana', 'GHA', '#006B3F', ['Black Stars']),
    nation('Panama', 'PAN', '#DA121A', ['Los Canaleros']),
  ],
}

export const WORLD_CUP_2026 = {
  tagId: REPLAY_TAGS.worldCup2026.id,
  tagSlug: REPLAY_TAGS.worldCup2026.slug,
  sport: 'fifwc' as const,
  seriesId: '10726',
  startDate: '2026-06-11',
  endDate: '2026-07-19',
  groupStageEndDate: '2026-06-27',
  groups: groups as Readonly<Record<WorldCupGroupLetter, Group>>,
}

/** Series that are not a league (crypto and finance recurrences); league series are in `REPLAY_SPORTS`. */
export interface ReplaySeriesDef {
  id: string
  slug: string
  title: string
  recurrence: 'daily' | 'weekly' | 'monthly'
}

export const REPLAY_SERIES = {
  btcDaily: { id: '10114', slug: 'btc-up-or-down-daily', title: 'Bitcoin Up or Down Daily', recurrence: 'daily' },
  ethDaily: { id: '10117', slug: 'eth-up-or-down-daily', title: 'Ethereum Up or Down Daily', recurrence: 'daily' },
  solDaily: { id: '10122', slug: 'sol-up-or-down-daily', title: 'Solana Up or Down Daily', recurrence: 'daily' },
  btcWeekly: { id: '10230', slug: 'bitcoin-weekly-price', title: 'Bitcoin Weekly Price', recurrence: 'weekly' },
  ethWeekly: { id: '10231', slug: 'ethereum-weekly-price', title: 'Ethereum Weekly Price', recurrence: 'weekly' },
  solWeekly: { id: '10232', slug: 'solana-weekly-price', title: 'Solana Weekly Price', recurrence: 'weekly' },
  btcMonthly: { id: '10240', slug: 'bitcoin-monthly-price', title: 'Bitcoin Monthly Price', recurrence: 'monthly' },
  ethMonthly: { id: '10241', slug: 'ethereum-monthly-price', title: 'Ethereum Monthly Price', recurrence: 'monthly' },
  solMonthly: { id: '10242', slug: 'solana-monthly-price', title: 'Solana Monthly Price', recurrence: 'monthly' },
  spxDaily: { id: '10301', slug: 'sp-500-up-or-down-daily', title: 'S&P 500 Up or Down Daily', recurrence: 'daily' },
  fedDecisions: { id: '10320', slug: 'fed-interest-rates', title: 'Fed Interest Rates', recurrence: 'monthly' },
} as const satisfies Record<string, ReplaySeriesDef>

/** Look-ups the generator and seeds both need. */
export function sportByCode(code: ReplaySportCode): ReplaySport {
  const sport = REPLAY_SPORTS.find((candidate) => candidate.sport === code)
  if (!sport) throw new Error(`unknown replay sport ${code}`)
  return sport
}

export function allWorldCupTeams(): WorldCupTeam[] {
  return WORLD_CUP_GROUP_LETTERS.flatMap((letter) => [...WORLD_CUP_2026.groups[letter]])
}
