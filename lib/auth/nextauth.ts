import 'server-only';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authorizeSignIn } from '@/lib/auth/authorize';
import { readReissueTicket } from '@/lib/auth/reissue-ticket';
import { nowInSeconds, SESSION_LIFETIME_SECONDS, SIGNED_IN_AT, signedInTooLongAgo } from '@/lib/auth/session-lifetime';
import { logError } from '@/lib/log';
import { clientIpFrom } from '@/lib/security/client-ip';
import { secureCookies } from '@/lib/security/cookies';

/** The session and cookie setup (JWT sessions: proxy.ts only checks the cookie is there, the guards verify it). */
const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: SESSION_LIFETIME_SECONDS },
  trustHost: true,
  useSecureCookies: secureCookies(),
  callbacks: {
    jwt({ token, user, trigger, session }) {
      if (user) {
        token.uid = user.id;
        token.pid = user.practiceId;
        token.role = user.role;
        token.sv = user.sessionVersion;
        // Once, at sign-in: every later refresh keeps it, so the session ends 12 hours after it whatever its `exp` says.
        token[SIGNED_IN_AT] = nowInSeconds();
      } else if (typeof token[SIGNED_IN_AT] !== 'number') {
        // A token from before sign-in times were recorded: its first refresh counts as its sign-in (no one is signed out
        // by the deploy, and polling it still ends 12 hours later).
        token[SIGNED_IN_AT] = nowInSeconds();
      }
      // Past its lifetime: no refreshed token (Auth.js removes the cookie instead), and auth() answers no session.
      if (signedInTooLongAgo(token)) return null;
      // A re-issue after a password change or "sign out everywhere": only with a ticket the server signed.
      if (trigger === 'update' && typeof token.uid === 'string') {
        const sv = readReissueTicket((session as { reissue?: unknown } | undefined)?.reissue, token.uid);
        if (sv !== null) token.sv = sv;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid as string;
      session.user.practiceId = token.pid as string;
      session.user.role = token.role as 'owner' | 'coach';
      if (typeof token.sv === 'number') session.user.sessionVersion = token.sv;
      // For the idle timeout, which the guards judge (lib/auth/activity.ts): Auth.js cannot see the activity mark.
      if (typeof token[SIGNED_IN_AT] === 'number') session.user.signedInAt = token[SIGNED_IN_AT] as number;
      return session;
    },
  },
} satisfies Omit<NextAuthConfig, 'providers'>;

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an answer, not a server error: it is in the audit log, not in the error log.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
      logError('auth', error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      authorize: (raw, request) => authorizeSignIn(raw, clientIpFrom(request.headers)),
    }),
  ],
});
