// GET /api/v1/openapi.json: the API description, generated from the same zod schemas the routes use.
import { openApiDocument } from '@/api/v1/openapi'
import { route } from '@/http/handler'

let document: string | undefined

export const GET = route(() => {
  document ??= JSON.stringify(openApiDocument())
  return new Response(document, { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' } })
})
