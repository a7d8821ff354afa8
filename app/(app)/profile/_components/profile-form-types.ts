import type { ManagerOption } from "@/lib/profiles/queries";

/** Plain data the server page hands to the client form (no Dates, no functions). */
export type ProfileFormValues = {
  name: string;
  jobTitle: string;
  department: string;
  manager: ManagerOption | null;
  seniority: number | null;
  languages: string[];
  timeZone: string;
  topics: string[];
  bio: string;
  availability: string[];
};

export type ProfileFormOptions = {
  /** The organisation's topics with labels already in the reader's language. */
  topics: { slug: string; label: string }[];
  departments: string[];
  timeZones: { preferred: string[]; others: string[] };
  bioMax: number;
};
