// Root layout of the admin: Payload's RootLayout with our config and import map.
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { ServerFunctionClient } from 'payload'
import type { ReactNode } from 'react'

import { editorsOnly } from '@/access/jobs'
import { services } from '@/services'

import { importMap } from './admin/importMap.js'
import './custom.css'

const serverFunction: ServerFunctionClient = async (args) => {
  'use server'
  services()
  return handleServerFunctions({ ...args, config, importMap, serverFunctions: { 'schedule-publish': editorsOnly(schedulePublishHandler) } })
}

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
