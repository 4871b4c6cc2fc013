import { CopyPreviewLink as CopyPreviewLink_d637da549058c5fb38e0c4fa3632b291 } from '../../../../src/components/admin/CopyPreviewLink'
import { PublishWarning as PublishWarning_5585d9d81355fa3fde121850b6eb9241 } from '../../../../src/components/admin/PublishWarning'
import { UpstreamTagPicker as UpstreamTagPicker_b16cbf95cab9fa94386bcf929263729f } from '../../../../src/components/admin/UpstreamTagPicker'
import { UpstreamEventPicker as UpstreamEventPicker_253b27e1e48c81512760ee4d425847e8 } from '../../../../src/components/admin/UpstreamEventPicker'
import { DisplayRuleExample as DisplayRuleExample_eee91dcf8dae3b80cb5cdf334dce38a3 } from '../../../../src/components/admin/TitleExample'
import { PropTitleExample as PropTitleExample_eee91dcf8dae3b80cb5cdf334dce38a3 } from '../../../../src/components/admin/TitleExample'
import { RescoreSeason as RescoreSeason_769785d566dcc8d55c4d1fcc89f12934 } from '../../../../src/components/admin/RescoreSeason'
import { ReleaseActions as ReleaseActions_b69ce4e797ebba2cc9fd5bad5eb11f89 } from '../../../../src/components/admin/ReleaseActions'
import { WalletActivities as WalletActivities_6990c612c86c2fa039ab8e9cde4616ae } from '../../../../src/components/admin/WalletActivities'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/admin/CopyPreviewLink#CopyPreviewLink": CopyPreviewLink_d637da549058c5fb38e0c4fa3632b291,
  "/src/components/admin/PublishWarning#PublishWarning": PublishWarning_5585d9d81355fa3fde121850b6eb9241,
  "/src/components/admin/UpstreamTagPicker#UpstreamTagPicker": UpstreamTagPicker_b16cbf95cab9fa94386bcf929263729f,
  "/src/components/admin/UpstreamEventPicker#UpstreamEventPicker": UpstreamEventPicker_253b27e1e48c81512760ee4d425847e8,
  "/src/components/admin/TitleExample#DisplayRuleExample": DisplayRuleExample_eee91dcf8dae3b80cb5cdf334dce38a3,
  "/src/components/admin/TitleExample#PropTitleExample": PropTitleExample_eee91dcf8dae3b80cb5cdf334dce38a3,
  "/src/components/admin/RescoreSeason#RescoreSeason": RescoreSeason_769785d566dcc8d55c4d1fcc89f12934,
  "/src/components/admin/ReleaseActions#ReleaseActions": ReleaseActions_b69ce4e797ebba2cc9fd5bad5eb11f89,
  "/src/components/admin/WalletActivities#WalletActivities": WalletActivities_6990c612c86c2fa039ab8e9cde4616ae,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
