/** A practice logo: small enough for every report and mail. Here, not in a schema: the upload form's
 * own check must not bring zod onto the settings page. */
export const LOGO_MAX_BYTES = 500 * 1024;

/** The image type from the first bytes; only PNG and JPEG (what the PDF reports can draw). */
export function sniffImageType(data: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (data.length > 8 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'image/png';
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}
