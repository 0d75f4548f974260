import { describe, expect, it } from 'vitest';
import { secureCookies } from './cookies';

describe('secureCookies', () => {
  it('is on over https and in production, off only for local http', () => {
    expect(secureCookies('https://coach.example.nl', 'production')).toBe(true);
    expect(secureCookies('https://localhost:3000', 'development')).toBe(true);
    expect(secureCookies('http://coach.example.nl', 'production')).toBe(true);
    expect(secureCookies('http://localhost:3100', 'production')).toBe(false);
    expect(secureCookies('http://localhost:3000', 'development')).toBe(false);
    expect(secureCookies('', 'production')).toBe(true);
  });
});
