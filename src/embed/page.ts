/**
 * The iframe embed (`GET /embed/v1/{view}?partner=…`): the widget drawn on the server into a small page that only
 * the partner's origins may frame (CSP `frame-ancestors`), then kept live by the same script inside the frame. And
 * `/embed/v1/demo`, every view of the demo partner by script and by iframe.
 */
import { CLIENT_IP_HEADER } from '../edge/requestLog'
import { toAppError } from '../errors'
import { cardOf, escapeHtml, renderCard, renderUnavailable, WIDGET_CSS } from './widget/render'
import { frameAncestors } from './origins'
import type { EmbedPartner } from './partners'
import { type EmbedDeps, parseViewQuery, type ViewQuery, viewScreen, withPartner } from './serve'
import { DEFAULT_THEME, DEMO_PARTNER_KEY, type EmbedView } from './views'

/** The data attributes a widget of this view and query is written with. */
export function widgetAttributes(query: ViewQuery): Record<string, string> {
  const common = { 'data-partner': query.partner, 'data-view': query.view }
  switch (query.view) {
    case 'world-cup-group':
      return { ...common, 'data-group': query.group }
    case 'tag-feed':
      return { ...common, 'data-tag': query.tag, 'data-limit': String(query.limit) }
    case 'event':
      return { ...common, 'data-event': query.event }
  }
}

/** The iframe page's query for a view: the widget's attributes without `data-` (and the view, which is the path). */
export const viewSearch = (query: ViewQuery): URLSearchParams =>
  new URLSearchParams(Object.entries(widgetAttributes(query)).flatMap(([name, value]) => (name === 'data-view' ? [] : [[name.slice('data-'.length), value]])))

const attributes = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('')

function document(title: string, body: string, csp: string, status: number): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>html,body{margin:0;background:transparent}${WIDGET_CSS}</style></head><body>${body}</body></html>`
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    },
  })
}

const pageCsp = (ancestors: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}`

/**
 * The iframe page. A refused partner or view, or a view that cannot be built, is the neutral "unavailable" card with
 * the refusal's status: never a browser error page inside the partner's layout.
 */
export async function viewPage(deps: EmbedDeps, request: Request, view: EmbedView): Promise<Response> {
  let query: ViewQuery
  try {
    query = parseViewQuery(new URL(request.url), view)
  } catch (error) {
    return document('Unavailable', renderUnavailable(), pageCsp('*'), toAppError(error).status)
  }
  let framedBy: EmbedPartner | null = null
  // The page's own request carries no Origin (a navigation): the frame's ancestors are what CSP restricts.
  const screen = await withPartner(deps, new Request(request.url, { headers: screenHeaders(request) }), query.partner, [view], async (partner) => {
    framedBy = partner
    return viewScreen(deps, new Request(request.url, { headers: screenHeaders(request) }), partner, query)
  })
  const partner = framedBy as EmbedPartner | null
  const ancestors = partner ? frameAncestors(partner.origins) : '*'
  if (!partner || screen.status !== 200) return document('Unavailable', renderUnavailable(partner?.theme ?? DEFAULT_THEME), pageCsp(ancestors), screen.status === 200 ? 503 : screen.status)
  const card = cardOf(view, await screen.json())
  const body = `<div id="pb-widget">${renderCard(card, partner.theme)}</div><script src="/embed/v1/widget.js"${attributes({ ...widgetAttributes(query), 'data-mount': '#pb-widget' })} async></script>`
  return document(card.title, body, pageCsp(ancestors), 200)
}

/** Only the client identity the edge assigned: the page's own conditional headers are not the screen's. */
function screenHeaders(request: Request): Headers {
  const headers = new Headers()
  const client = request.headers.get(CLIENT_IP_HEADER)
  if (client) headers.set(CLIENT_IP_HEADER, client)
  return headers
}

/** `/embed/v1/demo`: each view by script and by iframe, as a partner's page would embed them. */
export async function demoPage(deps: EmbedDeps, request: Request): Promise<Response> {
  // The event view shows the first match of group A, whichever it is in the data this server has.
  const group: ViewQuery = { view: 'world-cup-group', partner: DEMO_PARTNER_KEY, group: 'A' }
  let event = ''
  try {
    const partner = await deps.partners.byKey(DEMO_PARTNER_KEY)
    const screen = partner ? await viewScreen(deps, new Request(request.url, { headers: screenHeaders(request) }), partner, group) : null
    if (screen?.ok) event = cardOf('world-cup-group', await screen.json()).items[0]?.slug ?? ''
  } catch {
    // No event: the demo shows that view as unavailable.
  }
  const views: ViewQuery[] = [group, { view: 'tag-feed', partner: DEMO_PARTNER_KEY, tag: 'world-cup', limit: 5 }, { view: 'event', partner: DEMO_PARTNER_KEY, event: event || 'none' }]
  const sections = views
    .map((query) => {
      const src = `/embed/v1/${query.view}?${viewSearch(query)}`
      const snippet = `<script src="/embed/v1/widget.js"${attributes(widgetAttributes(query))} async></script>`
      return `<section><h2>${escapeHtml(query.view)}</h2><div class="cols"><div><h3>Script</h3>${snippet}<pre>${escapeHtml(snippet)}</pre></div><div><h3>Iframe</h3><iframe src="${escapeHtml(src)}" title="${escapeHtml(query.view)}"></iframe><pre>${escapeHtml(`<iframe src="${src}"></iframe>`)}</pre></div></div></section>`
    })
    .join('')
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed demo — Playbook</title><style>body{font:15px/1.4 Georgia,serif;margin:24px;max-width:1100px}.cols{display:grid;grid-template-columns:1fr 1fr;gap:24px}iframe{width:100%;height:420px;border:0}pre{white-space:pre-wrap;font-size:12px;background:#f4f4f4;padding:8px}</style></head><body><h1>Embed demo</h1><p>Partner <code>${DEMO_PARTNER_KEY}</code>: each view embedded by script (a shadow root in this page) and by iframe.</p>${sections}</body></html>`
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } })
}
