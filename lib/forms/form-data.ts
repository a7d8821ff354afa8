/**
 * FormData to a plain object; repeated names (checkbox groups) become arrays. A server action can be posted
 * anything, not only its form: what is not a FormData reads as an empty form, which the schema then refuses.
 */
export function formDataToObject(formData: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!(formData instanceof FormData)) return out;
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    out[key] = key.endsWith("[]") || values.length > 1 ? values : values[0];
  }
  for (const key of Object.keys(out)) {
    if (key.endsWith("[]")) {
      out[key.slice(0, -2)] = out[key];
      delete out[key];
    }
  }
  return out;
}

const UNSAFE = new Set(["__proto__", "prototype", "constructor"]);

/**
 * Flat field names as one nested object: "steps.0.title.nl" → { steps: [{ title: { nl } }] }. Numeric parts
 * make arrays (at most 50 entries, holes dropped); keys without a dot stay as they are. For a schema's
 * z.preprocess, so that its errors come back under the same flat names the form posted.
 */
export function nestFields(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const parts = key.split(".");
    if (parts.some((p) => p === "" || UNSAFE.has(p))) continue;
    let node: Record<string, unknown> = out;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = parts[i + 1];
      const wantsArray = /^\d{1,2}$/.test(next) && Number(next) < 50;
      if (typeof node[parts[i]] !== "object" || node[parts[i]] === null) node[parts[i]] = wantsArray ? [] : {};
      node = node[parts[i]] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = value;
  }
  const compact = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
    if (typeof value === "object" && value !== null && !(value instanceof Blob)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
    return value;
  };
  return compact(out);
}
