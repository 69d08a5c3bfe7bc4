// Small settings remembered on the device. Storage can be missing or refuse writes
// (private browsing, a full quota, a blocked cookie policy), and a lost preference
// only costs the attendee one tap, so every failure falls back to the default.

const PREFIX = 'agenda:';

export function readPreference(name: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + name);
  } catch {
    return null;
  }
}

export function writePreference(name: string, value: string): void {
  try {
    window.localStorage.setItem(PREFIX + name, value);
  } catch {
    // The choice still applies until the page is closed.
  }
}
