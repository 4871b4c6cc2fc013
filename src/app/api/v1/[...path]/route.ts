// Any /api/v1 path without a route of its own: a 404 problem, never Payload's REST.
import { notFound } from '@/errors'
import { route } from '@/http/handler'

const unknownRoute = route((request) => {
  throw notFound('route.not_found', { detail: `No route for ${request.method} ${new URL(request.url).pathname}` })
})

export const GET = unknownRoute
export const POST = unknownRoute
export const PUT = unknownRoute
export const PATCH = unknownRoute
export const DELETE = unknownRoute
