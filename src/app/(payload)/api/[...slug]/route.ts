// Payload's REST API under /api/<collection>; our own routes (/api/v1, /api/health) take precedence.
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { clientAddress, payloadRestLimit } from '@/api/v1/limits'
import { route } from '@/http/handler'
import { services, withServices } from '@/services'

const read = REST_GET(config)

// Reads are counted per client: at depth 2 one request populates every relation of every document it lists.
export const GET = route<{ params: Promise<{ slug: string[] }> }>(async (request, context) => {
  const { limits, config: settings } = services()
  await limits.check(payloadRestLimit(settings.PAYLOAD_REST_LIMIT), clientAddress(request), '/api/{payload}')
  return read(request, context)
})
export const POST = withServices(REST_POST(config))
export const DELETE = withServices(REST_DELETE(config))
export const PATCH = withServices(REST_PATCH(config))
export const PUT = withServices(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
