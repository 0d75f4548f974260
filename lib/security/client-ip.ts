import { isIPv4, isIPv6 } from 'node:net';

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

/** An IPv4 address at the end of an IPv6 one (::ffff:203.0.113.7, 64:ff9b::198.51.100.1) as its two 16-bit groups. */
function ipv4Groups(dotted: string): string[] | null {
  if (!isIPv4(dotted)) return null;
  const [a, b, c, d] = dotted.split('.').map(Number) as [number, number, number, number];
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}

/** The eight 16-bit groups of an IPv6 address, '::' expanded; null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  if (!isIPv6(address)) return null;
  const parts = (side: string) => {
    const groups = side === '' ? [] : side.split(':');
    const last = groups.at(-1);
    const v4 = last?.includes('.') ? ipv4Groups(last) : null;
    return v4 ? [...groups.slice(0, -1), ...v4] : groups;
  };
  const [head = '', tail] = address.split('::');
  const front = parts(head);
  const back = tail === undefined ? [] : parts(tail);
  const zeros = Array<string>(8 - front.length - back.length).fill('0');
  return [...front, ...zeros, ...back].map((group) => Number.parseInt(group, 16));
}

/**
 * The source an IP-keyed abuse limit counts (lib/security/rate-limit.ts): an IPv4 address as it is, an IPv6 address as
 * its /64 network. One subscriber, one machine even, gets a whole /64 (2^64 addresses, SLAAC privacy addresses rotate
 * through it), so counting each address apart would let one machine be as many sources as it likes. An IPv4 address in
 * IPv6 form (::ffff:203.0.113.7) is that IPv4 address. Anything else (not an address) is returned unchanged. The audit
 * log keeps the full address; only the limits count networks.
 */
export function limitSource(ip: string): string {
  const groups = ipv6Groups(ip.trim());
  if (!groups) return ip;
  const [, , , , , ffff, high = 0, low = 0] = groups;
  if (groups.slice(0, 5).every((group) => group === 0) && ffff === 0xffff) {
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}
