import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';

/** Every row of every Graphile Worker table, as text: what a dump of the queue would show (for tests of what it keeps). */
export async function queueTablesText(): Promise<string> {
  const db = getDb();
  const tables = await db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'graphile_worker' and table_type = 'BASE TABLE'`,
  );
  let text = '';
  for (const { name } of tables) {
    const rows = await db.execute<{ row: string }>(
      sql`select t::text as row from ${sql.identifier('graphile_worker')}.${sql.identifier(name)} t`,
    );
    text += [...rows].map((r) => r.row).join('\n');
  }
  return text;
}
