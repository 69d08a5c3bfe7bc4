// Types of the modules that the content plugin generates at build time.

declare module 'virtual:agenda' {
  import type { Conference, Edition, Speaker } from './domain/types';

  export const conference: Conference;

  /** Loads one edition's sessions in a chunk of its own. Rejects for an unknown id. */
  export function loadEdition(id: string): Promise<Edition>;

  /** Loads every speaker page with the speaker's sessions across editions. */
  export function loadSpeakers(): Promise<Speaker[]>;
}
