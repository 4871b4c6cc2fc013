// GET /embed/v1/live?partner=…&topics=…: the live stream for a partner's widgets, from its origins.
import { embedLive } from '@/embed/live'
import { route } from '@/http/handler'
import { services } from '@/services'

export const dynamic = 'force-dynamic'

export const GET = route(async (request) => embedLive(services(), request))
