import "server-only";
import { gunzip } from "node:zlib";
import { promisify } from "node:util";

export const MAX_CSV_BYTES = 10 * 1024 * 1024;

export type CsvUpload = { ok: true; text: string } | { ok: false; error: "tooLarge" | "noFile" | "damaged" };

const gunzipAsync = promisify(gunzip);

/**
 * The text of an uploaded CSV. The browser gzips the file before sending it, because a server action
 * accepts 1 MB and a 10,000-row file is larger; the size limit holds after decompression too, so that a
 * small upload cannot unpack into something huge. Excel's plain "CSV" is Windows-1252, not UTF-8: a file
 * that is not valid UTF-8 is read as Windows-1252, so that "é" survives either way.
 */
export async function readCsvUpload(file: unknown, encoding: unknown): Promise<CsvUpload> {
  if (!(file instanceof Blob) || file.size === 0) return { ok: false, error: "noFile" };
  if (file.size > MAX_CSV_BYTES) return { ok: false, error: "tooLarge" };
  let bytes: Buffer = Buffer.from(await file.arrayBuffer());
  if (encoding === "gzip") {
    try {
      bytes = await gunzipAsync(bytes, { maxOutputLength: MAX_CSV_BYTES });
    } catch (error) {
      return { ok: false, error: error instanceof RangeError ? "tooLarge" : "damaged" };
    }
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder("windows-1252").decode(bytes) };
  }
}
