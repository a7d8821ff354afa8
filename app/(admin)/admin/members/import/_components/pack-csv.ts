/** The client-side size limit; the server checks the same limit again. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

export type PackedCsv = { blob: Blob; encoding: "gzip" | "plain" };

/**
 * Gzips the file in the browser before upload: server actions take at most 1 MB, and a 10,000-row CSV is
 * larger but compresses about five times. Browsers without CompressionStream send the file as it is.
 */
export async function packCsv(file: File): Promise<PackedCsv> {
  if (typeof CompressionStream === "undefined") return { blob: file, encoding: "plain" };
  const compressed = file.stream().pipeThrough(new CompressionStream("gzip"));
  return { blob: await new Response(compressed).blob(), encoding: "gzip" };
}
