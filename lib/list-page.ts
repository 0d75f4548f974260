import { z } from 'zod';

/**
 * A list page's number in the query string: anything malformed, or nothing, is page 1, never an error; a very large
 * number is the 10,000th page, as in the clients list (lib/caseload/list-params.ts).
 */
export const pageParam = z.coerce
  .number()
  .int()
  .min(1)
  .catch(1)
  .transform((page) => Math.min(page, 10_000));

/** The first value of each search parameter (Next gives arrays for repeated ones); empty counts as absent. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return [key, first === '' ? undefined : first];
    }),
  );
}

/** Rows to skip for a page of `size`. */
export const pageOffset = (page: number, size: number) => (page - 1) * size;

const pageQuerySchema = z.object({ page: pageParam });

/** The page number of a list whose only parameter is its page (`?page=3`). */
export function parsePageNumber(params: Record<string, string | string[] | undefined>): number {
  return pageQuerySchema.parse(firstValues(params)).page;
}
