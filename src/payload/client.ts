/** The Local API instance for route handlers: the app's instance, which also runs due jobs (scheduled publishes). */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

export const payloadClient = (): Promise<Payload> => getPayload({ config, cron: true })
