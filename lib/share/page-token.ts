/**
 * The employer's page's token, handed from the proxy to the language lookup (lib/i18n/request.ts) in a request header
 * that the proxy always sets or removes itself. No imports: the proxy loads this.
 */
export const SHARE_TOKEN_HEADER = 'x-share-token';

/** The share page itself (and its actions, posted to it): `/share/<43 characters of base64url>`. */
export const SHARE_PAGE = /^\/share\/([A-Za-z0-9_-]{43})\/?$/;
