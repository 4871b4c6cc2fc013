// The switch at the top of every preview page: draft or published, platform and app version.
import type { SearchParams } from '../../preview/audience'
import type { Which } from '../../preview/load'

export function PreviewBar({ path, params, which }: { path: string; params: SearchParams; which: 'draft' | 'published' }) {
  const platform = typeof params.platform === 'string' ? params.platform : 'ios'
  const version = typeof params.version === 'string' ? params.version : ''
  return (
    <form className="bar" method="get" action={path}>
      <span className="badge" data-testid="preview-mode">{which === 'draft' ? 'DRAFT' : 'PUBLISHED'}</span>
      <a href="/preview">Explore</a>
      <a href="/preview/world-cup">World Cup</a>
      <a href="/preview/diff">Draft vs published</a>
      <label>
        Platform{' '}
        <select name="platform" defaultValue={platform}>
          <option value="ios">iOS</option>
          <option value="android">Android</option>
          <option value="web">Web</option>
        </select>
      </label>
      <label>
        App version <input name="version" defaultValue={version} placeholder="e.g. 4.2.0" size={8} />
      </label>
      <select name="which" defaultValue={which}>
        <option value="draft">Draft</option>
        <option value="published">Published</option>
      </select>
      {typeof params.preview === 'string' ? <input type="hidden" name="preview" value={params.preview} /> : null}
      <button type="submit">Apply</button>
    </form>
  )
}

export const whichOf = (params: SearchParams): Exclude<Which, 'release'> => (params.which === 'published' ? 'published' : 'draft')
