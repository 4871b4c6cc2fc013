/**
 * The script embed (`/embed/v1/widget.js`): every `<script data-partner data-view …>` of the page becomes a widget in
 * a shadow root right after the tag (or in the element `data-mount` names), drawn from `/embed/v1/data/{view}` and
 * kept current over one shared live stream. Any failure shows the neutral "unavailable" state.
 */
import { isEmbedView } from '../views'
import { LiveHub, type MarketChange } from './live'
import { cardOf, probabilityDisplay, renderCard, renderLoading, renderUnavailable, themeOf, WIDGET_CSS } from './render'

type Theme = ReturnType<typeof themeOf>

interface Shared {
  hubs: Record<string, LiveHub>
  themes: Record<string, Promise<Theme | null>>
}

/** Shared by every copy of this script on the page (each `<script>` tag runs its own copy). */
const GLOBAL = '__playbookEmbed'
const scope = window as unknown as Record<string, Shared | undefined>
const shared: Shared = (scope[GLOBAL] ??= { hubs: {}, themes: {} })

/** After a change, the view is read again (titles, state) once the burst of changes is over. */
const RELOAD_AFTER_CHANGE_MS = 1_000

function mount(script: HTMLScriptElement): void {
  script.setAttribute('data-pb-mounted', '')
  const base = new URL(script.src).origin
  const { partner = '', view = '', mount: target, group, tag, limit, event } = script.dataset
  const host = (target ? document.querySelector<HTMLElement>(target) : null) ?? script.parentNode!.insertBefore(document.createElement('div'), script.nextSibling)
  host.setAttribute('data-playbook-widget', view)
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  const style = `<style>${WIDGET_CSS}</style>`
  const draw = (html: string) => (root.innerHTML = style + html)
  // In the iframe page the server's drawing stays in view (slotted) until the first load replaces it.
  draw(target ? '<slot></slot>' : renderLoading())

  const query: Record<string, string | undefined> = view === 'world-cup-group' ? { group } : view === 'tag-feed' ? { tag, limit } : { event }
  const topic = view === 'world-cup-group' ? 'world-cup' : view === 'tag-feed' ? `tag:${tag}` : `event:${event}`
  const params = new URLSearchParams({ partner })
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value)
  const dataUrl = `${base}/embed/v1/data/${encodeURIComponent(view)}?${params}`
  const required = view === 'world-cup-group' ? group : view === 'tag-feed' ? tag : event
  if (!partner || !isEmbedView(view) || !required) {
    draw(renderUnavailable())
    return
  }

  const themeKey = `${base} ${partner}`
  const themed = (shared.themes[themeKey] ??= fetch(`${base}/embed/v1/partner?partner=${encodeURIComponent(partner)}`)
    .then((response) => (response.ok ? response.json() : null))
    .then((body: { theme?: Parameters<typeof themeOf>[0] } | null) => (body ? themeOf(body.theme) : null))
    .catch(() => null))

  let slugs = new Set<string>()
  let reloadTimer: ReturnType<typeof setTimeout> | null = null
  const load = async () => {
    try {
      const [theme, response] = await Promise.all([themed, fetch(dataUrl, { cache: 'no-cache' })])
      if (!theme || !response.ok) throw new Error(String(response.status))
      const card = cardOf(view, await response.json())
      slugs = new Set(card.items.map((item) => item.slug))
      draw(renderCard(card, theme))
      return true
    } catch {
      slugs = new Set()
      draw(renderUnavailable((await themed) ?? undefined))
      return false
    }
  }
  const reloadSoon = () => {
    if (reloadTimer) clearTimeout(reloadTimer)
    reloadTimer = setTimeout(() => void load(), RELOAD_AFTER_CHANGE_MS)
  }
  /** The new prices straight from the frame, before the view is read again. */
  const apply = (change: MarketChange) => {
    for (const item of root.querySelectorAll<HTMLElement>('[data-event]')) {
      if (item.dataset.event !== change.slug) continue
      for (const market of change.markets) {
        const row = item.querySelector(`[data-market="${CSS.escape(market.id)}"]`)
        market.prices.forEach((price, index) => {
          const cell = row?.querySelector<HTMLElement>(`[data-outcome="${index}"]`)
          const display = probabilityDisplay(price)
          if (cell && display) {
            cell.textContent = display
            cell.title = price
          }
        })
      }
    }
  }

  // A widget refused its view (partner, origin) stays unavailable: it does not open a stream that would be refused too.
  const hub = (shared.hubs[themeKey] ??= new LiveHub((topics) => `${base}/embed/v1/live?${new URLSearchParams({ partner, topics: topics.join(',') })}`))
  const join = hub.reserve()
  void load().then((loaded) =>
    join(
      loaded
        ? {
            topics: [topic],
            changed: (change) => {
              if (change === null) return reloadSoon()
              if (!slugs.has(change.slug)) return
              apply(change)
              reloadSoon()
            },
            poll: () => void load(),
          }
        : null,
    ),
  )
}

// Every embed tag not mounted yet: a copy that runs before the parser reaches later tags leaves them to theirs.
for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-partner][src*="/embed/v1/widget.js"]:not([data-pb-mounted])')) mount(script)
