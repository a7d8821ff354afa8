import { z } from "zod";
import { queryDate, queryText, queryUuid } from "@/lib/validation/query";

// The insights page's and its CSV export's query string, parsed once (lib/insights/filters.ts reads it). It
// is typed by hand into an address bar as often as it comes from the form: anything that does not parse (a
// day in year 9999, a NUL byte) falls back to the default instead of failing the page or its export
// (lib/validation/query.ts).
export const insightsQuerySchema = z.object({
  programme: queryUuid(),
  department: queryText(120),
  from: queryDate(),
  to: queryDate(),
});
