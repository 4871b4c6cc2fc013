// QA preview pages: the app's screens rendered from draft configuration. Never cached, never public.
import type { ReactNode } from 'react'

import { RefreshOnSave } from '../../components/preview/RefreshOnSave'

import './preview.css'

export const dynamic = 'force-dynamic'

export const metadata = { title: 'Playbook preview', robots: { index: false } }

export default function PreviewLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="preview">
        <RefreshOnSave />
        {children}
      </body>
    </html>
  )
}
