/**
 * How a widget looks, from a screen's JSON to HTML: one module for the script embed (in the partner's page, inside a
 * shadow root) and the iframe page (drawn on the server), so both look the same. Pure and DOM-free; it reads only
 * the display contract (display titles and subtitles, `displayPrice`, live state, team colours) and escapes every
 * string it writes.
 */
import type { EventPage, FeedEvent, FeedPage, GameState, TeamView, WorldCupGroupPage, WorldCupMatch } from '../../screens/schemas'
import { DEFAULT_THEME, type EmbedTheme, type EmbedView, isFontStack, isHexColour } from '../views'

export interface CardOutcome {
  name: string
  displayPrice: string | null
  price: string | null
}
export interface CardMarket {
  id: string
  title: string
  subtitle: string | null
  outcomes: CardOutcome[]
}
export interface CardItem {
  /** The event's slug: live changes for it update this item. */
  slug: string
  title: string
  live: boolean
  status: string
  teams: Array<{ name: string; colour: string | null }>
  markets: CardMarket[]
}
export interface Card {
  title: string
  subtitle: string | null
  items: CardItem[]
}

/** Markets a row shows in a list (the first ones, in the screen's order); an event page shows more per section. */
const MARKETS_PER_ROW = 2
const MARKETS_PER_SECTION = 6

const market = (m: { id: string; displayTitle: string; displaySubtitle: string | null; outcomes: CardOutcome[] }): CardMarket => ({
  id: m.id,
  title: m.displayTitle,
  subtitle: m.displaySubtitle,
  outcomes: m.outcomes.map(({ name, displayPrice, price }) => ({ name, displayPrice, price })),
})

const team = (t: TeamView) => ({ name: t.abbreviation ?? t.shortName ?? t.name, colour: isHexColour(t.colour) ? t.colour : null })

/** A UTC instant as `2026-06-11 19:00 UTC`: the same text on the server and in any browser. */
const utc = (iso: string | null): string => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '')

/** The live state as one short line: "LIVE · 2nd half 67′ · 2-1", "Final · 2-1", or the start time. */
export function statusLine(game: GameState | null, fallback: { live: boolean; ended: boolean; start: string | null; score?: string | null }): string {
  const score = game?.score ?? fallback.score ?? null
  if (game?.status === 'live' || (!game && fallback.live)) {
    const clock = [game?.period?.label, game?.elapsed ? `${game.elapsed}′` : null].filter(Boolean).join(' ')
    return ['LIVE', clock, score].filter(Boolean).join(' · ')
  }
  if (game?.status === 'ended' || fallback.ended) return ['Final', score].filter(Boolean).join(' · ')
  return utc(fallback.start)
}

const worldCupItem = (match: WorldCupMatch): CardItem => ({
  slug: match.slug,
  title: match.title,
  live: match.status === 'live',
  status: statusLine(match.game, { live: match.status === 'live', ended: match.status === 'final', start: match.kickoff ?? match.matchDay, score: match.score }),
  teams: [match.home, match.away].flatMap((side) => (side ? [team(side.team)] : [])),
  markets: match.markets.slice(0, MARKETS_PER_ROW).map(market),
})

const feedItem = (event: FeedEvent): CardItem => ({
  slug: event.slug,
  title: event.title,
  live: event.live && !event.closed,
  status: statusLine(event.game, { live: event.live && !event.closed, ended: event.closed, start: event.startTime ?? event.endDate }),
  teams: event.teams.map(team),
  markets: event.markets.slice(0, MARKETS_PER_ROW).map(market),
})

/** The card a view's screen JSON draws as. */
export function cardOf(view: EmbedView, data: unknown): Card {
  switch (view) {
    case 'world-cup-group': {
      const page = data as WorldCupGroupPage
      const matches = page.layout === 'legacy-groups-only' ? [] : page.matches
      return { title: page.group.title, subtitle: page.tournament.name, items: matches.map(worldCupItem) }
    }
    case 'tag-feed': {
      const page = data as FeedPage
      return { title: page.tag.label, subtitle: null, items: page.events.map(feedItem) }
    }
    case 'event': {
      const { event, sections } = data as EventPage
      const status = statusLine(event.game, { live: event.live, ended: event.ended, start: event.startTime, score: event.score })
      return {
        title: event.title,
        subtitle: status || null,
        items: sections.map((section) => ({
          slug: event.slug,
          title: section.title,
          live: event.live && !event.closed,
          status: '',
          teams: [],
          markets: section.groups.flatMap((group) => group.markets).slice(0, MARKETS_PER_SECTION).map(market),
        })),
      }
    }
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)

/** A theme from anything (the partner endpoint's JSON), each value checked before it is written into CSS. */
export function themeOf(value: Partial<Record<keyof EmbedTheme, unknown>> | null | undefined): EmbedTheme {
  return {
    accent: isHexColour(value?.accent) ? value.accent : DEFAULT_THEME.accent,
    mode: value?.mode === 'dark' ? 'dark' : 'light',
    font: isFontStack(value?.font) ? value.font : DEFAULT_THEME.font,
    density: value?.density === 'compact' ? 'compact' : 'regular',
  }
}

const rootOpen = (theme: EmbedTheme, state: string) =>
  `<div class="pb pb-${theme.mode} pb-${theme.density}" data-state="${state}" style="${escapeHtml(`--pb-accent:${theme.accent};--pb-font:${theme.font}`)}">`

const renderMarket = (m: CardMarket) =>
  `<div class="pb-market" data-market="${escapeHtml(m.id)}"><div class="pb-mtitle">${escapeHtml(m.title)}</div>${m.subtitle ? `<div class="pb-msub">${escapeHtml(m.subtitle)}</div>` : ''}<div class="pb-outcomes">${m.outcomes
    .map((o, i) => `<span class="pb-outcome"><span class="pb-oname">${escapeHtml(o.name)}</span><b class="pb-price" data-outcome="${i}"${o.price ? ` title="${escapeHtml(o.price)}"` : ''}>${escapeHtml(o.displayPrice ?? '–')}</b></span>`)
    .join('')}</div></div>`

const renderItem = (item: CardItem) =>
  `<li class="pb-item" data-event="${escapeHtml(item.slug)}"><div class="pb-head"><span class="pb-ititle">${escapeHtml(item.title)}</span>${item.live ? '<span class="pb-live">LIVE</span>' : ''}</div>${
    item.teams.length ? `<div class="pb-teams">${item.teams.map((t) => `<span class="pb-team"${t.colour ? ` style="--pb-team:${t.colour}"` : ''}>${escapeHtml(t.name)}</span>`).join('')}</div>` : ''
  }${item.status ? `<div class="pb-status">${escapeHtml(item.status)}</div>` : ''}${item.markets.map(renderMarket).join('')}</li>`

/** The card as HTML (the inside of the shadow root, or the iframe page's body). */
export function renderCard(card: Card, theme: EmbedTheme): string {
  return `${rootOpen(theme, 'ready')}<div class="pb-title">${escapeHtml(card.title)}</div>${card.subtitle ? `<div class="pb-sub">${escapeHtml(card.subtitle)}</div>` : ''}${
    card.items.length ? `<ul class="pb-list">${card.items.map(renderItem).join('')}</ul>` : '<div class="pb-empty">Nothing to show right now.</div>'
  }<div class="pb-foot">Odds by Playbook</div></div>`
}

/** What a widget shows when it may not, or cannot, show its view: neutral, never an error page. */
export function renderUnavailable(theme: EmbedTheme = DEFAULT_THEME): string {
  return `${rootOpen(theme, 'unavailable')}<div class="pb-empty">Live odds are unavailable right now.</div></div>`
}

export function renderLoading(theme: EmbedTheme = DEFAULT_THEME): string {
  return `${rootOpen(theme, 'loading')}<div class="pb-empty">Loading live odds…</div></div>`
}

/**
 * A price (an exact decimal from 0 to 1) as the API's default `probability` display: whole percent, half up, "<1%"
 * and ">99%" at the edges. Decimal string arithmetic, as the server's (display/odds.ts): floats misround halves.
 */
export function probabilityDisplay(price: string): string | null {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(price)
  if (!match) return null
  const fraction = `${match[2] ?? ''}000`
  let percent = Number(match[1]) * 100 + Number(fraction.slice(0, 2)) + (Number(fraction[2]) >= 5 ? 1 : 0)
  if (percent > 100) return null
  const exactZero = /^0*$/.test(match[1]!) && /^0*$/.test(match[2] ?? '')
  const exactOne = Number(match[1]) === 1 && /^0*$/.test(match[2] ?? '')
  if (percent === 0 && !exactZero) return '<1%'
  if (percent === 100 && !exactOne) return '>99%'
  percent = Math.max(0, percent)
  return `${percent}%`
}

/**
 * The widget's stylesheet. Inside the shadow root `:host` resets everything the page could pass down by
 * inheritance (`all: initial`), so the page's fonts and colours stop at the widget; the widget's own rules cannot
 * reach the page at all. The iframe page uses the same rules on its document.
 */
export const WIDGET_CSS = `:host{all:initial;display:block;contain:content}
.pb{--pb-fg:#111827;--pb-muted:#6b7280;--pb-bg:#fff;--pb-line:#e5e7eb;--pb-pad:12px;box-sizing:border-box;font:14px/1.35 var(--pb-font);color:var(--pb-fg);background:var(--pb-bg);border:1px solid var(--pb-line);border-radius:10px;padding:var(--pb-pad);text-align:left;letter-spacing:normal;text-transform:none}
.pb *{box-sizing:border-box;margin:0;padding:0}
.pb-dark{--pb-fg:#f3f4f6;--pb-muted:#9ca3af;--pb-bg:#111827;--pb-line:#374151}
.pb-compact{--pb-pad:8px;font-size:12px}
.pb-title{font-weight:700;font-size:1.15em;color:var(--pb-fg)}
.pb-sub,.pb-status,.pb-msub,.pb-foot{color:var(--pb-muted);font-size:.85em}
.pb-list{list-style:none;margin-top:var(--pb-pad)}
.pb-item{border-top:1px solid var(--pb-line);padding:var(--pb-pad) 0}
.pb-head{display:flex;gap:8px;align-items:center;justify-content:space-between;font-weight:600}
.pb-live{background:#dc2626;color:#fff;border-radius:4px;padding:1px 6px;font-size:.75em;font-weight:700}
.pb-teams{display:flex;gap:6px;margin:4px 0}
.pb-team{border-left:4px solid var(--pb-team,var(--pb-line));padding-left:4px;font-size:.85em}
.pb-market{margin-top:6px}
.pb-mtitle{font-size:.9em}
.pb-outcomes{display:flex;flex-wrap:wrap;gap:6px;margin-top:4px}
.pb-outcome{display:inline-flex;gap:6px;align-items:center;border:1px solid var(--pb-line);border-radius:6px;padding:2px 8px}
.pb-price{color:var(--pb-accent);font-weight:700}
.pb-empty{color:var(--pb-muted);padding:var(--pb-pad) 0}
.pb-foot{margin-top:6px;text-align:right}`
