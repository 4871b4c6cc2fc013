// GET /embed/v1/{view}?partner=…: the iframe embed, a small page only the partner's origins may frame.
import { viewPage } from '@/embed/page'
import { viewParam } from '@/embed/serve'
import { route } from '@/http/handler'
import { services } from '@/services'

export const GET = route<{ params: Promise<{ view: string }> }>(async (request, { params }) => viewPage(services(), request, viewParam((await params).view)))
