// GET /embed/v1/partner?partner=…: the partner's theme and views, for its widgets' look.
import { partnerInfo } from '@/embed/serve'
import { route } from '@/http/handler'
import { services } from '@/services'

export const GET = route(async (request) => partnerInfo(services(), request))
