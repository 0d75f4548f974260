const jar = new Map<string, string>();

export const cookieJar = jar;

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
    has: (name: string) => jar.has(name),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  };
}

export async function headers() {
  return new Headers({ 'x-forwarded-for': '127.0.0.1' });
}
