// GET /embed/v1/widget.js: the script embed (a shadow-root widget, live over one shared stream).
import { widgetScriptResponse } from '@/embed/script'
import { route } from '@/http/handler'

export const dynamic = 'force-dynamic'

export const GET = route(async (request) => widgetScriptResponse(request))
