/** Small probability helpers that keep generated prices consistent with the simulated results' distributions. */

/** Standard normal CDF (Abramowitz–Stegun 7.1.26; plenty for fake prices). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(z) / Math.SQRT2)
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  const erf = 1 - poly * Math.exp(-(z * z) / 2)
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2
}

/** P(X > line) for X ~ Normal(mean, deviation). */
export function overProbability(mean: number, deviation: number, line: number): number {
  return 1 - normalCdf((line - mean) / deviation)
}

function poissonPmf(mean: number, count: number): number {
  let probability = Math.exp(-mean)
  for (let index = 1; index <= count; index++) probability *= mean / index
  return probability
}

/** P(X > line) for X ~ Poisson(mean). */
export function poissonOver(mean: number, line: number): number {
  let atOrBelow = 0
  for (let count = 0; count <= Math.floor(line); count++) atOrBelow += poissonPmf(mean, count)
  return 1 - atOrBelow
}

/** Win/draw/win probabilities of two independent Poisson goal counts. */
export function soccerOdds(meanA: number, meanB: number): { a: number; draw: number; b: number } {
  let a = 0
  let draw = 0
  let b = 0
  for (let goalsA = 0; goalsA <= 12; goalsA++) {
    for (let goalsB = 0; goalsB <= 12; goalsB++) {
      const probability = poissonPmf(meanA, goalsA) * poissonPmf(meanB, goalsB)
      if (goalsA > goalsB) a += probability
      else if (goalsA === goalsB) draw += probability
      else b += probability
    }
  }
  return { a, draw, b }
}

/** The nearest half line (x.5), so no market can push. */
export function halfLine(value: number): number {
  return Math.floor(value) + 0.5
}

/** Market prices are never exactly 0 or 1 while open; nudged by noise so lines do not look computed. */
export function quote(probability: number, noise: number): number {
  return Math.min(0.97, Math.max(0.03, probability + noise))
}

/** `25.5` → `25pt5`, `-1.5` → `1pt5`: the upstream's slug spelling of a line. */
export function lineSlug(line: number): string {
  return String(Math.abs(line)).replace('.', 'pt')
}

/** `-2.5` → `-2.5`, `2.5` → `+2.5`, as spread questions print them. */
export function signedLine(line: number): string {
  return line > 0 ? `+${line}` : String(line)
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
