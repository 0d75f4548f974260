import 'server-only';
import { logError } from '@/lib/log';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { signInSchema } from '@/lib/schemas/auth';
import { verifyCredentials } from '@/lib/auth/credentials';
import { clientIpFrom } from '@/lib/security/client-ip';
import { secureCookies } from '@/lib/security/cookies';

/** The session and cookie setup (JWT sessions: proxy.ts only checks the cookie is there, the guards verify it). */
const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 60 * 60 * 12 },
  trustHost: true,
  useSecureCookies: secureCookies(),
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.pid = user.practiceId;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid as string;
      session.user.practiceId = token.pid as string;
      session.user.role = token.role as 'owner' | 'coach';
      return session;
    },
  },
} satisfies Omit<NextAuthConfig, 'providers'>;

export class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
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
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const ip = clientIpFrom(request.headers);
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, ip);
        if (result.status === 'rate_limited') throw new RateLimitedSignIn();
        if (result.status !== 'ok') return null;
        const { user } = result;
        return { id: user.id, email: user.email, name: user.name, practiceId: user.practiceId, role: user.role };
      },
    }),
  ],
});
