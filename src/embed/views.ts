/** The views a partner may embed, and the theme a partner's widgets are drawn with: one list for the admin, the routes and the widget. */

export const EMBED_VIEWS = ['world-cup-group', 'tag-feed', 'event'] as const
export type EmbedView = (typeof EMBED_VIEWS)[number]

/** The demo partner's key (seeded by src/seed/demoContent.ts): allowed on localhost and 127.0.0.1, any port, every view. */
export const DEMO_PARTNER_KEY = 'demo-partner'

export const isEmbedView = (value: string): value is EmbedView => (EMBED_VIEWS as readonly string[]).includes(value)

export interface EmbedTheme {
  /** `#rrggbb`. */
  accent: string
  mode: 'light' | 'dark'
  /** A CSS font-family list. */
  font: string
  density: 'compact' | 'regular'
}

export const DEFAULT_THEME: EmbedTheme = {
  accent: '#2563eb',
  mode: 'light',
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  density: 'regular',
}

const HEX = /^#[0-9a-fA-F]{6}$/
// A font stack is written into CSS: letters, digits, spaces, commas, quotes and hyphens only.
const FONT_STACK = /^[\w\s,"'-]{1,200}$/

export const isHexColour = (value: unknown): value is string => typeof value === 'string' && HEX.test(value)
export const isFontStack = (value: unknown): value is string => typeof value === 'string' && FONT_STACK.test(value)
