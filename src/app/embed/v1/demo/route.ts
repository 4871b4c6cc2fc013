// GET /embed/v1/demo: every view of the demo partner, by script and by iframe.
import { demoPage } from '@/embed/page'
import { route } from '@/http/handler'
import { services } from '@/services'

export const dynamic = 'force-dynamic'

export const GET = route(async (request) => demoPage(services(), request))
