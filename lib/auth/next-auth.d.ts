import type { DefaultSession } from 'next-auth';

declare module 'next-auth' {
  interface User {
    practiceId: string;
    role: 'owner' | 'coach';
    sessionVersion: number;
  }
  interface Session {
    user: {
      id: string;
      practiceId: string;
      role: 'owner' | 'coach';
      sessionVersion?: number;
      signedInAt?: number;
    } & DefaultSession['user'];
  }
}
