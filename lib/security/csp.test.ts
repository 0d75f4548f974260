import { describe, expect, it } from 'vitest';
import { sniffImageType } from '@/lib/images';
import { contentSecurityPolicy, isPublicPage, newNonce } from './csp';

describe('content security policy', () => {
  it('allows scripts only by nonce in production, and never inline', () => {
    const csp = contentSecurityPolicy('abc', false);
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-inline' ;");
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe');
    expect(csp).toContain("frame-ancestors 'none'");
  });
  it('makes a fresh nonce every time', () => {
    expect(newNonce()).not.toBe(newNonce());
  });
  it('keeps only the sign-in pages public', () => {
    expect(isPublicPage('/login')).toBe(true);
    expect(isPublicPage('/invite/abc')).toBe(true);
    expect(isPublicPage('/loginx')).toBe(false);
    expect(isPublicPage('/settings')).toBe(false);
  });
});

describe('image sniffing', () => {
  it('recognises PNG and JPEG by their bytes only', () => {
    expect(sniffImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('<svg></svg>'))).toBeNull();
  });
});
