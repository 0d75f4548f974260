/**
 * The caller's IP for abuse limits and audit entries, trusted-proxy aware.
 *
 * Next route handlers and server actions do not expose the socket address, so the only source is what a
 * proxy in front of the app writes. TRUSTED_PROXY_HOPS is the number of proxies of OUR OWN in front of the
 * app; each appends the address it received the request from to X-Forwarded-For. The client address is the
 * entry that many places from the right; anything further left was written by the caller and can be spoofed.
 * With 0 hops (the default: nothing of ours in front) every header is caller-written, so there is no client
 * IP (null): per-IP limits then do not apply, per-account limits always do. X-Real-IP is never trusted.
 */
export function trustedProxyHops(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const hops = Number.parseInt(env.TRUSTED_PROXY_HOPS ?? '0', 10);
  return Number.isFinite(hops) && hops > 0 ? Math.min(hops, 10) : 0;
}

const IP = /^[0-9a-fA-F:.]{2,45}$/;

export function clientIpFrom(headers: Pick<Headers, 'get'>, hops = trustedProxyHops()): string | null {
  if (hops === 0) return null;
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through them all; nothing here is trustworthy.
  if (chain.length < hops) return null;
  const candidate = chain[chain.length - hops];
  return candidate && IP.test(candidate) ? candidate : null;
}
