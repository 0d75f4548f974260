import { describe, expect, it } from 'vitest';
import { clientIpFrom, limitSource, trustedProxyHops } from './client-ip';

const h = (xff?: string, real?: string) =>
  new Headers({ ...(xff ? { 'x-forwarded-for': xff } : {}), ...(real ? { 'x-real-ip': real } : {}) });

describe('clientIpFrom', () => {
  it('trusts no header without a configured proxy (a caller can write any X-Forwarded-For or X-Real-IP)', () => {
    expect(clientIpFrom(h('1.2.3.4'), 0)).toBeNull();
    expect(clientIpFrom(h(undefined, '1.2.3.4'), 0)).toBeNull();
  });

  it('takes the address our one proxy appended, not the spoofed entries before it', () => {
    expect(clientIpFrom(h('6.6.6.6, 9.9.9.9, 203.0.113.7'), 1)).toBe('203.0.113.7');
  });

  it('counts hops from the right with two proxies', () => {
    expect(clientIpFrom(h('6.6.6.6, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7');
  });

  it('gives no IP when the chain is shorter than the proxies or the entry is not an address', () => {
    expect(clientIpFrom(h('203.0.113.7'), 2)).toBeNull();
    expect(clientIpFrom(h('6.6.6.6, not-an-ip'), 1)).toBeNull();
    expect(clientIpFrom(h(), 1)).toBeNull();
  });

  it('reads IPv6 addresses', () => {
    expect(clientIpFrom(h('2001:db8::1'), 1)).toBe('2001:db8::1');
  });
});

describe('trustedProxyHops', () => {
  it('defaults to 0 and ignores nonsense', () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: 'abc' })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: '-1' })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: '2' })).toBe(2);
  });
});

describe('limitSource', () => {
  it('counts an IPv6 address as its /64 network, however it is written', () => {
    expect(limitSource('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(limitSource('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(limitSource('2001:0DB8:0001:0002:0:0:0:ffff')).toBe('2001:db8:1:2::/64');
    expect(limitSource('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitSource('::1')).toBe('0:0:0:0::/64');
    expect(limitSource('2001:db8:1:3::1')).not.toBe(limitSource('2001:db8:1:2::1'));
    expect(limitSource('64:ff9b::198.51.100.1')).toBe('64:ff9b:0:0::/64');
  });

  it('leaves IPv4 addresses (also in IPv6 form) as they are, and what is not an address', () => {
    expect(limitSource('203.0.113.7')).toBe('203.0.113.7');
    expect(limitSource('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(limitSource('::FFFF:cb00:7107')).toBe('203.0.113.7');
    expect(limitSource('coach@example.test')).toBe('coach@example.test');
    expect(limitSource('device:abc')).toBe('device:abc');
  });
});
