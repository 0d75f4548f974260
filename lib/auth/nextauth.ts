import 'server-only';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { verifyCredentials } from '@/lib/auth/credentials';
import { readReissueTicket } from '@/lib/auth/reissue-ticket';
import { signInErrorFor } from '@/lib/auth/sign-in-errors';
import { logError } from '@/lib/log';
import { signInSchema } from '@/lib/schemas/auth';
import { clientIpFrom } from '@/lib/security/client-ip';
import { secureCookies } from '@/lib/security/cookies';

/** The session and cookie setup (JWT sessions: proxy.ts only checks the cookie is there, the guards verify it). */
const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 60 * 60 * 12 },
  trustHost: true,
  useSecureCookies: secureCookies(),
  callbacks: {
    jwt({ token, user, trigger, session }) {
      if (user) {
        token.uid = user.id;
        token.pid = user.practiceId;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
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
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const ip = clientIpFrom(request.headers);
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, ip, parsed.data.code);
        if (result.status !== 'ok') {
          const error = signInErrorFor(result.status);
          if (error) throw error;
          return null;
        }
        const { user } = result;
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          practiceId: user.practiceId,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
});
