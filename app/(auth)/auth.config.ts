import type { NextAuthConfig } from 'next-auth';
import { secureCookies } from '@/lib/security/cookies';

/** The part of the auth setup that needs no database (read by proxy.ts). */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 60 * 60 * 12 },
  trustHost: true,
  useSecureCookies: secureCookies(),
  providers: [],
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
} satisfies NextAuthConfig;
