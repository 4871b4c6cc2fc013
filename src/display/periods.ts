/**
 * Period labels: an upstream period code (`2H`, `Q3`, `3Q`, `S2`, `HT`, `T7`) and the sport's period vocabulary,
 * as editors set it on the sport, → what the app shows ("2nd half", "3rd quarter", "Set 2", "Half-time", "Top 7th").
 * The live game state and market titles both read it, so a sport's periods read the same everywhere.
 */

/** What a sport calls a part of a game; editors pick one per sport (the Sports collection's select). */
export const PERIOD_VOCABULARY = ['quarters', 'halves', 'periods', 'innings', 'sets', 'rounds', 'maps', 'overs'] as const
export type PeriodVocabulary = (typeof PERIOD_VOCABULARY)[number]

export const isPeriodVocabulary = (value: unknown): value is PeriodVocabulary => (PERIOD_VOCABULARY as readonly unknown[]).includes(value)

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

const numbered: Record<PeriodVocabulary, (n: number) => string> = {
  quarters: (n) => `${ordinal(n)} quarter`,
  halves: (n) => `${ordinal(n)} half`,
  periods: (n) => `${ordinal(n)} period`,
  innings: (n) => `${ordinal(n)} innings`,
  sets: (n) => `Set ${n}`,
  rounds: (n) => `Round ${n}`,
  maps: (n) => `Map ${n}`,
  overs: (n) => `Over ${n}`,
}

// A unit letter names its unit whatever the sport (an NBA "1H" market is a half, not a quarter). `P` is the
// upstream's generic "period" and a bare number names none: both take the sport's vocabulary.
const UNIT_LETTERS: Record<string, PeriodVocabulary | null> = { Q: 'quarters', H: 'halves', I: 'innings', S: 'sets', R: 'rounds', M: 'maps', P: null }

/** Breaks and endings, which no vocabulary numbers. */
const NAMED: Record<string, string> = {
  NS: 'Not started',
  HT: 'Half-time',
  IB: 'Innings break',
  BT: 'Break',
  OT: 'Overtime',
  ET: 'Extra time',
  SO: 'Shoot-out',
  PEN: 'Penalties',
  AET: 'After extra time',
  FT_PEN: 'After penalties',
}
/** `VFT` is the upstream's verified full time: "Full time" where games have halves, "Final" elsewhere. */
const FINAL_CODES = new Set(['FT', 'VFT'])

/** The app's label for an upstream period code; a code it cannot read is shown as the upstream sent it. */
export function periodLabel(code: string, vocabulary: string | null): string {
  const upper = code.trim().toUpperCase()
  const sportUnit = isPeriodVocabulary(vocabulary) ? vocabulary : null
  if (FINAL_CODES.has(upper)) return sportUnit === 'halves' ? 'Full time' : 'Final'
  const named = NAMED[upper]
  if (named) return named

  // Baseball's half-innings: T7 / B7.
  const half = /^([TB])(\d{1,2})$/.exec(upper)
  if (half) return `${half[1] === 'T' ? 'Top' : 'Bottom'} ${ordinal(Number(half[2]))}`

  const letterFirst = /^([A-Z]?)(\d{1,2})$/.exec(upper) // Q3, S2, or a bare 2
  const numberFirst = /^(\d{1,2})([A-Z])$/.exec(upper) // 3Q, 2H
  const [letter, digits] = letterFirst ? [letterFirst[1]!, letterFirst[2]!] : numberFirst ? [numberFirst[2]!, numberFirst[1]!] : ['', '']
  const n = Number(digits)
  if (!digits || n < 1 || !(letter === '' || letter in UNIT_LETTERS)) return code
  const unit = UNIT_LETTERS[letter] ?? sportUnit ?? (letter === 'P' ? 'periods' : null)
  return unit ? numbered[unit](n) : code
}
