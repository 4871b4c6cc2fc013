// GET /embed/v1/data/{view}?partner=…: a widget view's screen JSON, for the partner's origins only.
import { viewData, viewParam } from '@/embed/serve'
import { route } from '@/http/handler'
import { services } from '@/services'

export const GET = route<{ params: Promise<{ view: string }> }>(async (request, { params }) => viewData(services(), request, viewParam((await params).view)))
