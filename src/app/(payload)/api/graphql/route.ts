// Payload's GraphQL API.
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withServices } from '@/services'

export const POST = withServices(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
