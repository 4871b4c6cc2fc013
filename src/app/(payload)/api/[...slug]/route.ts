// Payload's REST API under /api/<collection>; our own routes (/api/v1, /api/health) take precedence.
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withServices } from '@/services'

export const GET = withServices(REST_GET(config))
export const POST = withServices(REST_POST(config))
export const DELETE = withServices(REST_DELETE(config))
export const PATCH = withServices(REST_PATCH(config))
export const PUT = withServices(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
