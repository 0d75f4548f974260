import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/guards';

export default async function Home() {
  redirect((await currentActor()) ? '/dashboard' : '/login');
}
