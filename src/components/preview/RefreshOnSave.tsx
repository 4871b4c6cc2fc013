'use client'
// Inside the admin's Live Preview iframe: re-renders the page (server components, draft snapshot) each time the
// editor's document is saved, autosaves while typing included. Outside an iframe it does nothing.
//
// This is the protocol of Payload's `RefreshRouteOnSave` (@payloadcms/live-preview-react), written out: the
// registry has no 3.90.2 of that package, and 3.90.1 fails Payload's same-version check at boot.
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

export function RefreshOnSave() {
  const router = useRouter()
  useEffect(() => {
    if (window.parent === window) return
    // The admin and the preview share one origin: messages from anywhere else are ignored.
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin === origin && (event.data as { type?: unknown } | null)?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    window.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    router.refresh()
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
