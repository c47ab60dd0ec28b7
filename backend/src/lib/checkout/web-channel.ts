/**
 * Each centre has two sales channels of its own, both selling from its stock location only: the
 * counter channel (the POS) and the web channel, which holds the online orders the centre hands
 * over (picked up there, or shipped from there). The online shop's channel spans every centre;
 * at completion a cart moves to one centre's web channel (api/store/carts/handover-centre.ts).
 */
export const WEB_CHANNEL_KIND = "web"

export function webChannelData(c: { handle: string; name_vi: string; name_en: string }) {
  return {
    name: `Trực tuyến – ${c.name_vi}`.slice(0, 250),
    description: `Online orders handed over by ${c.name_en}`,
    metadata: { ocop_centre_handle: c.handle, kind: WEB_CHANNEL_KIND },
  }
}
