// The switch at the top of every preview page: which configuration (draft, published, a release) as of which moment,
// platform, app version and odds format, and a signed link to the page as it is shown. A plain GET form, so it works
// without scripts; only "Copy link" is a client island.
import { ODDS_FORMATS } from '../../display/odds'
import { PLATFORMS } from '../../domain/platform'
import { linkParams, PREVIEW_SWITCHES, previewQuery, type SearchParams } from '../../preview/audience'
import type { PreviewSource } from '../../preview/load'
import { CopyLinkButton } from './CopyLinkButton'
import { previewModeLabel, utcInputValue } from './format'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The fields the bar itself edits; any other query value (the token, a search, a compared tag) rides along hidden. */
const BAR_FIELDS = new Set<string>(['platform', 'version', 'odds', 'country', 'install', 'which', 'release', 'at'])

const PLATFORM_LABELS: Record<(typeof PLATFORMS)[number], string> = { ios: 'iOS', android: 'Android', web: 'Web' }

/** Hidden inputs with the switches that are set, for a page's own GET forms (search) to keep them. */
export function SwitchFields({ params, except = [] }: { params: SearchParams; except?: string[] }) {
  return PREVIEW_SWITCHES.filter((key) => !except.includes(key) && first(params[key])).map((key) => <input key={key} type="hidden" name={key} value={first(params[key])} />)
}

export function PreviewBar({ path, params, source }: { path: string; params: SearchParams; source: PreviewSource }) {
  const value = (key: string) => first(params[key]) ?? ''
  const query = previewQuery(params)
  const carried = Object.entries(linkParams(params)).filter(([key]) => !BAR_FIELDS.has(key))
  const token = value('preview')
  return (
    <form className="bar" method="get" action={path}>
      <span className={`badge ${source.which}`} data-testid="preview-mode">
        {previewModeLabel(source)}
      </span>
      <nav className="bar-links">
        <a href={`/preview${query}`}>Explore</a>
        <a href={`/preview/world-cup${query}`}>World Cup</a>
        <a href={`/preview/search${query}`}>Search</a>
        <a href={`/preview/diff${query}`}>Draft vs published</a>
      </nav>
      <label>
        Show{' '}
        <select name="which" defaultValue={source.which}>
          <option value="draft">Draft</option>
          <option value="published">Published</option>
          <option value="release">Release</option>
        </select>
      </label>
      <label title="With Show: Release, the release applied on top of the published configuration">
        Release #{' '}
        <input name="release" defaultValue={value('release')} inputMode="numeric" pattern="\d{1,12}" placeholder="id" size={5} data-testid="release-input" />
      </label>
      <label>
        As of (UTC){' '}
        <input type="datetime-local" name="at" defaultValue={utcInputValue(source.at)} data-testid="at-input" />
      </label>
      <label>
        Platform{' '}
        <select name="platform" defaultValue={value('platform') || 'ios'}>
          {PLATFORMS.map((platform) => (
            <option key={platform} value={platform}>
              {PLATFORM_LABELS[platform]}
            </option>
          ))}
        </select>
      </label>
      <label>
        App version <input name="version" defaultValue={value('version')} placeholder="e.g. 4.2.0" size={8} />
      </label>
      <label title="ISO 3166-1 alpha-2, as the CDN sends it; empty: unknown country">
        Country <input name="country" defaultValue={value('country')} placeholder="e.g. DE" size={3} maxLength={2} data-testid="country-input" />
      </label>
      <label title="X-Install-Id: decides rollout buckets; a QA device's id sees what it is allowed">
        Install id <input name="install" defaultValue={value('install')} placeholder="none" size={10} data-testid="install-input" />
      </label>
      <label>
        Odds{' '}
        <select name="odds" defaultValue={value('odds') || 'probability'} data-testid="odds-select">
          {ODDS_FORMATS.map((format) => (
            <option key={format} value={format}>
              {format}
            </option>
          ))}
        </select>
      </label>
      {carried.map(([key, one]) => (
        <input key={key} type="hidden" name={key} value={one} />
      ))}
      {token ? <input type="hidden" name="preview" value={token} /> : null}
      <button type="submit">Apply</button>
      <CopyLinkButton path={path} params={linkParams(params)} />
    </form>
  )
}
