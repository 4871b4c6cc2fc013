// The widget's drawing: screen JSON to card (display titles, displayPrice, live state, team colours), escaping,
// the theme's checks, and live prices shown as the API's probability display.
import { describe, expect, it } from 'vitest'

import { formatOdds } from '@/display/odds'
import { cardOf, escapeHtml, probabilityDisplay, renderCard, renderUnavailable, statusLine, themeOf } from '@/embed/widget/render'

const market = (id: string, title: string, prices: [string, string]) => ({
  id,
  slug: id,
  question: 'q',
  displayTitle: title,
  displaySubtitle: 'Full time',
  category: 'moneyline',
  outcomes: [
    { name: 'Yes', price: prices[0], displayPrice: formatOdds(prices[0]) },
    { name: 'No', price: prices[1], displayPrice: formatOdds(prices[1]) },
  ],
  line: null,
  closed: false,
  volume: '1',
})
const team = (name: string, colour: string | null) => ({ id: 1, name, shortName: null, abbreviation: name.slice(0, 3).toUpperCase(), colour, logo: null, ordering: null })

describe('widget card', () => {
  it('draws a feed from its display contract', () => {
    const feed = {
      tag: { slug: 'soccer', label: 'Soccer <live>' },
      nextCursor: null,
      events: [
        {
          slug: 'arg-fra',
          title: 'Argentina vs France',
          live: true,
          closed: false,
          startTime: '2026-06-11T19:00:00.000Z',
          endDate: null,
          game: { status: 'live', score: '2-1', period: { code: '2H', label: '2nd half' }, elapsed: '67', clockStale: false },
          teams: [team('Argentina', '#67A4DC'), team('France', 'red;x:y')],
          markets: [market('m1', 'Argentina to win', ['0.535', '0.465']), market('m2', 'Over 2.5', ['0.2', '0.8']), market('m3', 'third', ['0.1', '0.9'])],
        },
      ],
    }
    const card = cardOf('tag-feed', feed)
    expect(card.title).toBe('Soccer <live>')
    expect(card.items[0]).toMatchObject({ slug: 'arg-fra', live: true, status: 'LIVE · 2nd half 67′ · 2-1', teams: [{ name: 'ARG', colour: '#67A4DC' }, { name: 'FRA', colour: null }] })
    expect(card.items[0]!.markets.map((m) => m.title)).toEqual(['Argentina to win', 'Over 2.5'])
    const html = renderCard(card, themeOf({ accent: '#ff0000', mode: 'dark', density: 'compact' }))
    expect(html).toContain('Soccer &lt;live&gt;')
    expect(html).toContain('data-market="m1"')
    expect(html).toContain('>54%</b>')
    expect(html).toContain('--pb-team:#67A4DC')
    expect(html).not.toContain('red;x:y')
    expect(html).toContain('pb-dark pb-compact')
    expect(html).toContain('<span class="pb-live">LIVE</span>')
  })

  it('draws a World Cup group’s matches and an event’s sections', () => {
    const group = {
      layout: 'group',
      tournament: { slug: 'wc', name: 'FIFA World Cup 2026', startDate: null, endDate: null },
      group: { letter: 'A', slug: 'group-a', title: 'Group A', intro: null },
      teams: [],
      table: [],
      results: [],
      matches: [{ id: '1', slug: 'mex-rsa', title: 'Mexico vs South Africa', group: 'A', kickoff: '2026-06-11T19:00:00.000Z', matchDay: null, status: 'scheduled', period: null, score: null, game: null, home: { team: team('Mexico', '#006847'), goals: null }, away: { team: team('South Africa', null), goals: null }, markets: [market('m1', 'Mexico to win', ['0.6', '0.4'])] }],
    }
    const card = cardOf('world-cup-group', group)
    expect(card).toMatchObject({ title: 'Group A', subtitle: 'FIFA World Cup 2026', items: [{ slug: 'mex-rsa', status: '2026-06-11 19:00 UTC', live: false }] })
    expect(cardOf('world-cup-group', { ...group, layout: 'legacy-groups-only' }).items).toEqual([])

    const event = {
      event: { id: '1', slug: 'mex-rsa', title: 'Mexico vs South Africa', sport: 'fifwc', startTime: null, live: false, ended: true, closed: true, score: '1-0', period: 'FT', game: null, teams: [] },
      sections: [{ key: 'main', title: 'Match result', order: 1, groups: [{ title: null, markets: [market('m1', 'Mexico to win', ['1', '0'])] }] }],
    }
    const eventCard = cardOf('event', event)
    expect(eventCard).toMatchObject({ title: 'Mexico vs South Africa', subtitle: 'Final · 1-0', items: [{ slug: 'mex-rsa', title: 'Match result' }] })
  })

  it('says when a list is empty, and shows a neutral unavailable state', () => {
    expect(renderCard({ title: 'Group A', subtitle: null, items: [] }, themeOf(null))).toContain('Nothing to show right now.')
    const unavailable = renderUnavailable()
    expect(unavailable).toContain('data-state="unavailable"')
    expect(unavailable).toContain('Live odds are unavailable right now.')
  })

  it('escapes every string it writes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })

  it('keeps only theme values that are safe in CSS', () => {
    expect(themeOf({ accent: 'red;}', mode: 'neon', font: 'x;}body{color:red', density: 'tiny' })).toEqual(themeOf(null))
    expect(themeOf({ accent: '#123abc', mode: 'dark', font: '"Inter", sans-serif', density: 'compact' })).toEqual({ accent: '#123abc', mode: 'dark', font: '"Inter", sans-serif', density: 'compact' })
  })

  it('reads the live state the same way for every view', () => {
    expect(statusLine(null, { live: true, ended: false, start: null })).toBe('LIVE')
    expect(statusLine({ status: 'ended', score: '3-2', period: null, elapsed: null, clockStale: false }, { live: false, ended: false, start: null })).toBe('Final · 3-2')
    expect(statusLine(null, { live: false, ended: false, start: null })).toBe('')
  })
})

describe('live price display', () => {
  it('is the API’s probability display for every price', () => {
    const prices = ['0', '1', '0.5', '0.535', '0.285', '0.005', '0.004', '0.995', '0.9949', '0.123', '0.877', '1.0', '0.10', '0.0001', '0.9999', '0.145', '0.555']
    for (const price of prices) expect(probabilityDisplay(price), price).toBe(formatOdds(price, 'probability'))
    for (let i = 0; i <= 1000; i++) {
      const price = (i / 1000).toFixed(3)
      expect(probabilityDisplay(price), price).toBe(formatOdds(price, 'probability'))
    }
  })

  it('shows nothing for what is not a price', () => {
    expect(probabilityDisplay('1.5')).toBeNull()
    expect(probabilityDisplay('-0.1')).toBeNull()
    expect(probabilityDisplay('abc')).toBeNull()
  })
})
