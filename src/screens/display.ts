/**
 * The display contract: every market the app receives carries `displayTitle`, `displaySubtitle` and `category`,
 * rendered at read time from the published display rules and props vocabulary, so a wording fix is a publish.
 * Rendering never fails a response: a market no rule can title reads as its upstream question.
 */
import type Decimal from 'decimal.js'

import type { CompiledDisplayRule, ContentSnapshot } from '../content/types'
import { type MarketKind, marketKindOf } from '../display/marketKinds'
import { DEFAULT_ODDS_FORMAT, formatOdds, type OddsFormat } from '../display/odds'
import { DEFAULT_PROP_TEMPLATE, overThreshold, type Placeholder, propTitle, renderTemplate, signedLine, type TemplateValues } from '../display/template'
import type { GammaEvent, GammaMarket } from '../markets/gamma/types'
import { decimalOrNull, decimalOrZero } from './format'
import { type MarketFacts, marketFacts } from './marketFacts'
import { genericVocabulary, looksLikeProp, propPlayer, type Vocabulary, vocabularyFor } from './props'
import { ruleFor } from './rules'
import type { DisplayMarket } from './schemas'

/** A market's view plus what the event page groups and sorts it by. */
export interface MarketAnalysis {
  view: DisplayMarket
  rule: CompiledDisplayRule | null
  facts: MarketFacts | null
  /** The player a prop is about. */
  player: string | null
}

const placeholderPattern = /\{([^{}]*)\}/g

/** Renders only when every placeholder has a value: "{team} -2.5" without a team is worse than the question. */
function renderComplete(template: string | null | undefined, values: TemplateValues): string | null {
  if (!template) return null
  for (const match of template.matchAll(placeholderPattern)) {
    if (!values[match[1]!.trim() as Placeholder]) return null
  }
  return renderTemplate(template, values) || null
}

function compact(values: Record<Placeholder, string | null | undefined>): TemplateValues {
  const out: TemplateValues = {}
  for (const [key, value] of Object.entries(values) as [Placeholder, string | null | undefined][]) {
    if (value) out[key] = value
  }
  return out
}

function templateValues(facts: MarketFacts, market: GammaMarket, event: GammaEvent, player: string | null): TemplateValues {
  return compact({
    player,
    team: facts.team,
    opponent: facts.opponent,
    home: facts.home,
    away: facts.away,
    line: facts.line ? (facts.signed ? signedLine(facts.line) : facts.line.toFixed()) : null,
    threshold: null,
    verb: null,
    unit: facts.unit,
    stat: facts.counted,
    side: facts.side,
    period: facts.period,
    round: facts.round,
    set: facts.set,
    outcome: facts.outcome,
    question: market.question,
    title: event.title,
  })
}

/** "LeBron James to score 26+ points"; the vocabulary's own template wins over the rule's. */
function propTitles(vocabulary: Vocabulary, player: string, line: Decimal, rule: CompiledDisplayRule | null, base: TemplateValues) {
  const template = vocabulary.titleTemplate || rule?.titleTemplate || DEFAULT_PROP_TEMPLATE
  const threshold = overThreshold(line)
  const values: TemplateValues = {
    ...base,
    player,
    stat: vocabulary.statLabel,
    verb: vocabulary.verb,
    line: line.toFixed(),
    threshold: threshold.toFixed(),
    unit: threshold.eq(1) ? vocabulary.unitSingular : vocabulary.unitPlural,
  }
  const title = renderComplete(template, values) === null ? null : propTitle({ ...vocabulary, titleTemplate: template }, player, line, values)
  return { title, subtitle: renderComplete(rule?.subtitleTemplate, values) }
}

function baseView(market: GammaMarket, odds: OddsFormat): Omit<DisplayMarket, 'displayTitle' | 'displaySubtitle' | 'category' | 'line'> {
  return {
    id: market.id,
    slug: market.slug,
    question: market.question,
    outcomes: market.outcomes.map((name, index) => {
      const price = decimalOrNull(market.outcomePrices[index])
      return { name, price, displayPrice: formatOdds(price, odds) }
    }),
    closed: market.closed,
    volume: decimalOrZero(market.volume),
  }
}

export function analyseMarket(market: GammaMarket, event: GammaEvent, snapshot: ContentSnapshot, sportSlug: string | null, odds: OddsFormat = DEFAULT_ODDS_FORMAT): MarketAnalysis {
  let kind: MarketKind = 'other'
  try {
    const facts = marketFacts(market, event, snapshot, sportSlug)
    const type = market.sportsMarketType
    const configured = type ? vocabularyFor(snapshot, sportSlug, type) : null
    const prop = propPlayer(market, event)
    kind = marketKindOf(type, looksLikeProp(type, configured !== null, prop, facts.line !== null))
    const match = ruleFor(snapshot.displayRules, sportSlug, kind, type)
    kind = match.kind
    const player = kind === 'player_props' ? prop : null
    const values = templateValues(facts, market, event, player)

    let title: string | null
    let subtitle: string | null
    if (kind === 'player_props' && player && facts.line) {
      const vocabulary = configured ?? genericVocabulary(type ?? 'stat')
      ;({ title, subtitle } = propTitles(vocabulary, player, facts.line, match.rule, values))
    } else {
      title = renderComplete(match.rule?.titleTemplate, values)
      subtitle = renderComplete(match.rule?.subtitleTemplate, values)
    }
    return {
      view: { ...baseView(market, odds), line: decimalOrNull(facts.line), displayTitle: title ?? market.question, displaySubtitle: subtitle, category: kind },
      rule: match.rule,
      facts,
      player,
    }
  } catch {
    // Upstream data this code did not foresee: show the market as the upstream words it.
    return {
      view: { ...baseView(market, odds), line: null, displayTitle: market.question, displaySubtitle: null, category: kind },
      rule: null,
      facts: null,
      player: null,
    }
  }
}

export function displayMarket(market: GammaMarket, event: GammaEvent, snapshot: ContentSnapshot, sportSlug: string | null, odds: OddsFormat = DEFAULT_ODDS_FORMAT): DisplayMarket {
  return analyseMarket(market, event, snapshot, sportSlug, odds).view
}
