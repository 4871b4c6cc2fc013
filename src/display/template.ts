/**
 * Title templates editors write in the CMS (`{player} to {verb} {threshold}+ {unit}`): the placeholders they may use,
 * save-time validation that names an unknown one, and rendering. Pure, so the admin's live example and the API
 * render a title with the same code.
 */
import Decimal from 'decimal.js'

export const PLACEHOLDERS = [
  'player',
  'team',
  'opponent',
  'home',
  'away',
  'line',
  'threshold',
  'verb',
  'unit',
  'stat',
  'side',
  'period',
  'round',
  'set',
  'outcome',
  'question',
  'title',
] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]
export type TemplateValues = Partial<Record<Placeholder, string>>

const known = new Set<string>(PLACEHOLDERS)
const placeholderPattern = /\{([^{}]*)\}/g

/** The problems of a template, as messages an editor can act on; empty when it is valid. */
export function templateProblems(template: string): string[] {
  const problems: string[] = []
  const unknown = new Set<string>()
  for (const match of template.matchAll(placeholderPattern)) {
    const name = match[1]!.trim()
    if (!known.has(name)) unknown.add(name)
  }
  for (const name of unknown) problems.push(`Unknown placeholder {${name}}. Use one of: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`)
  const stripped = template.replace(placeholderPattern, '')
  if (stripped.includes('{') || stripped.includes('}')) problems.push('Unbalanced brace: every { needs a matching }.')
  return problems
}

/** Payload `validate` for a template field: true, or the first problem. */
export function validateTemplate(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'A template is text.'
  return templateProblems(value)[0] ?? true
}

/** Fills a template; a placeholder without a value renders empty and the spacing is tidied. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template
    .replace(placeholderPattern, (_, name: string) => values[name.trim() as Placeholder] ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.:;!?)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .trim()
}

/** The smallest whole number that beats an "over" line: 25.5 → 26, 0.5 → 1, 25 → 26. */
export function overThreshold(line: Decimal.Value): Decimal {
  return new Decimal(line).floor().plus(1)
}

/** A line as a signed string, as spreads show it: -1.5 → "-1.5", 1.5 → "+1.5", 0 → "0". */
export function signedLine(line: Decimal.Value): string {
  const value = new Decimal(line)
  return value.isPositive() && !value.isZero() ? `+${value.toString()}` : value.toString()
}

export interface PropVocabulary {
  verb: string
  unitSingular: string
  unitPlural: string
  titleTemplate?: string | null
}

export const DEFAULT_PROP_TEMPLATE = '{player} to {verb} {threshold}+ {unit}'

/** "LeBron James" + points + 25.5 → "LeBron James to score 26+ points"; a threshold of 1 takes the singular unit. */
export function propTitle(vocabulary: PropVocabulary, player: string, line: Decimal.Value, extra: TemplateValues = {}): string {
  const threshold = overThreshold(line)
  return renderTemplate(vocabulary.titleTemplate || DEFAULT_PROP_TEMPLATE, {
    ...extra,
    player,
    verb: vocabulary.verb,
    line: new Decimal(line).toString(),
    threshold: threshold.toString(),
    unit: threshold.eq(1) ? vocabulary.unitSingular : vocabulary.unitPlural,
  })
}
