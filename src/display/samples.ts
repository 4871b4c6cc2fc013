/**
 * Sample markets for the admin's live title examples: what a rule's template produces for a typical market of
 * its kind. Pure, shared by the admin components and their tests.
 */
import type { MarketKind } from './marketKinds'
import { propTitle, type PropVocabulary, renderTemplate, signedLine, type TemplateValues } from './template'

const samples: Record<MarketKind, { question: string; values: TemplateValues }> = {
  moneyline: { question: 'Lakers vs. Celtics', values: { team: 'Lakers', opponent: 'Celtics', home: 'Celtics', away: 'Lakers', outcome: 'Lakers' } },
  spreads: { question: 'Spread: Lakers (-4.5)', values: { team: 'Lakers', opponent: 'Celtics', line: signedLine('-4.5'), side: 'Lakers' } },
  totals: { question: 'Lakers vs. Celtics: O/U 224.5', values: { home: 'Celtics', away: 'Lakers', line: '224.5', side: 'Over' } },
  team_totals: { question: 'Lakers Team Total: O/U 112.5', values: { team: 'Lakers', line: '112.5', side: 'Over' } },
  player_props: { question: 'LeBron James: Points O/U 25.5', values: { player: 'LeBron James', stat: 'Points', line: '25.5', threshold: '26', verb: 'score', unit: 'points' } },
  first_half: { question: '1H Spread: Lakers (-2.5)', values: { team: 'Lakers', line: signedLine('-2.5'), period: '1st half' } },
  first_set: { question: 'Sinner vs. Alcaraz: 1st Set Winner', values: { home: 'Sinner', away: 'Alcaraz', period: 'Set 1', set: '1' } },
  set_winner: { question: 'Sinner vs. Alcaraz: Set 3 Winner', values: { home: 'Sinner', away: 'Alcaraz', period: 'Set 3', set: '3' } },
  set_totals: { question: 'Sinner vs. Alcaraz: Total Sets O/U 3.5', values: { home: 'Sinner', away: 'Alcaraz', line: '3.5', unit: 'sets' } },
  ufc_method: { question: 'Jones vs. Aspinall: Method of Victory', values: { home: 'Jones', away: 'Aspinall', outcome: 'KO/TKO' } },
  ufc_round: { question: 'Will the fight end in Round 2?', values: { home: 'Jones', away: 'Aspinall', round: '2' } },
  ufc_distance: { question: 'Jones vs. Aspinall: Will the fight go the distance?', values: { home: 'Jones', away: 'Aspinall' } },
  odd_even: { question: 'Lakers vs. Celtics: Total Points Odd/Even', values: { home: 'Celtics', away: 'Lakers', stat: 'points' } },
  other: { question: 'Will the Lakers make the playoffs?', values: {} },
}

/** The sample market's upstream question and the title/subtitle the templates give it. */
export function sampleTitles(kind: MarketKind, titleTemplate: string, subtitleTemplate: string) {
  const sample = samples[kind] ?? samples.other
  const values = { ...sample.values, question: sample.question, title: sample.question }
  return {
    question: sample.question,
    title: titleTemplate ? renderTemplate(titleTemplate, values) : sample.question,
    subtitle: subtitleTemplate ? renderTemplate(subtitleTemplate, values) : '',
  }
}

/** The props examples: a typical line and a 0.5 line, which takes the singular unit. */
export function samplePropTitles(vocabulary: PropVocabulary, statLabel: string, player = 'LeBron James') {
  return ['25.5', '0.5'].map((line) => ({ question: `${player}: ${statLabel || 'Points'} O/U ${line}`, title: propTitle(vocabulary, player, line) }))
}
