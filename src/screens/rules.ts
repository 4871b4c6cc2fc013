/**
 * Which display rule applies to a market. A sport's own rule beats the default (no sport); a rule that lists
 * the upstream type explicitly beats one matched by kind; the `other` rules catch everything else.
 */
import type { CompiledDisplayRule } from '../content/types'
import type { MarketKind } from '../display/marketKinds'

export interface RuleMatch {
  rule: CompiledDisplayRule | null
  /** The market's category: the rule's kind when the rule claimed the upstream type, else the derived kind. */
  kind: MarketKind
}

export function ruleFor(
  rules: readonly CompiledDisplayRule[],
  sportSlug: string | null,
  kind: MarketKind,
  upstreamType: string | undefined,
): RuleMatch {
  const own = sportSlug ? rules.filter((rule) => rule.sportSlug === sportSlug) : []
  const defaults = rules.filter((rule) => rule.sportSlug === null)
  const byType = (candidates: CompiledDisplayRule[]) =>
    upstreamType ? candidates.find((rule) => rule.upstreamTypes.includes(upstreamType)) : undefined
  const byKind = (candidates: CompiledDisplayRule[], wanted: MarketKind) => candidates.find((rule) => rule.marketKind === wanted)

  const typed = byType(own)
  if (typed) return { rule: typed, kind: typed.marketKind }
  const ownKind = kind !== 'other' ? byKind(own, kind) : undefined
  if (ownKind) return { rule: ownKind, kind }
  const defaultTyped = byType(defaults)
  if (defaultTyped) return { rule: defaultTyped, kind: defaultTyped.marketKind }
  const rule = (kind !== 'other' ? byKind(defaults, kind) : undefined) ?? byKind(own, 'other') ?? byKind(defaults, 'other') ?? null
  return { rule, kind }
}
