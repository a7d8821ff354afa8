"use client";

import { useEffect, useState } from "react";

/**
 * The zones beyond the preferred ones: the page comes with the member's own, and the full list (the
 * server's, /api/time-zones, cached by the browser) is added once the page is up. Without it the select
 * still offers the preferred zones and the member's own.
 */
export function useTimeZones(initial: string[]): string[] {
  const [zones, setZones] = useState(initial);
  useEffect(() => {
    let active = true;
    fetch("/api/time-zones")
      .then((response) => (response.ok ? (response.json() as Promise<{ zones: string[] }>) : null))
      .then((body) => {
        if (!active || !body) return;
        const all = new Set(body.zones);
        // A stored alias the list does not name stays selectable, so that it is not lost.
        setZones([...body.zones, ...initial.filter((zone) => !all.has(zone))].sort((a, b) => a.localeCompare(b)));
      })
      .catch(() => {});
    return () => {
      active = false;
    };
  }, [initial]);
  return zones;
}
