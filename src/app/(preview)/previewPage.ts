// What every preview page reads after its access check: which configuration and moment it shows (from its query),
// that snapshot, the audience, and the query its links carry.
import { previewAudience, previewQuery, type SearchParams } from '@/preview/audience'
import { previewContent, previewSourceOf } from '@/preview/load'
import { services } from '@/services'

export async function previewPage(params: SearchParams) {
  const source = previewSourceOf(params)
  const { content, screens } = services()
  const { snapshot, now } = await previewContent(content, source)
  return { source, snapshot, now, screens, audience: previewAudience(params), query: previewQuery(params) }
}
