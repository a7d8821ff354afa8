"use client";

import { useCallback, useSyncExternalStore } from "react";

const EVENT = "kring:stored-flag";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/** A choice of this device (large type, sound), kept in localStorage; off on the server and until read. */
export function useStoredFlag(key: string): [boolean, (value: boolean) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(key) === "1",
    () => false,
  );
  const set = useCallback(
    (next: boolean) => {
      window.localStorage.setItem(key, next ? "1" : "0");
      window.dispatchEvent(new Event(EVENT));
    },
    [key],
  );
  return [value, set];
}
