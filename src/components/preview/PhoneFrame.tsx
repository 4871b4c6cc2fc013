// The device a preview screen is drawn in: a phone-width frame with the status bar, the screen's app bar and the
// app's tab bar, so reviewers judge layout and wrapping at the width the app has.
import type { ReactNode } from 'react'

/** The tabs of the app's bottom bar that the preview has screens for. */
const TABS = [
  { key: 'explore', label: 'Explore', href: '/preview' },
  { key: 'world-cup', label: 'World Cup', href: '/preview/world-cup' },
  { key: 'search', label: 'Search', href: '/preview/search' },
] as const

export type Tab = (typeof TABS)[number]['key']

export function PhoneFrame({ tab, query, now, title, back, children }: {
  tab: Tab
  /** The preview switches, carried by every link (see `previewQuery`). */
  query: string
  /** The moment the screen was built for, shown in the status bar. */
  now: Date
  title: ReactNode
  back?: { href: string; label: string }
  children: ReactNode
}) {
  return (
    <div className="device" data-testid="phone-frame">
      <div className="statusbar" aria-hidden="true">
        <span>{now.toISOString().slice(11, 16)}</span>
        <span className="island" />
        <span>5G ▮</span>
      </div>
      <header className="appbar">
        {back ? (
          <a className="back" href={`${back.href}${query}`}>
            ‹ {back.label}
          </a>
        ) : null}
        <h1 className="apptitle">{title}</h1>
      </header>
      <div className="screen">{children}</div>
      <nav className="tabbar">
        {TABS.map((item) => (
          <a key={item.key} href={`${item.href}${query}`} className={item.key === tab ? 'active' : undefined} aria-current={item.key === tab ? 'page' : undefined}>
            {item.label}
          </a>
        ))}
      </nav>
    </div>
  )
}
