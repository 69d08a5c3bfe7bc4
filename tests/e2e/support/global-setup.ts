// Builds the site once for every browser test file and serves it for the whole run.

import type { TestProject } from 'vitest/node';

import { buildSite, closeSite, removeSite, serveSite } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the preview server, ending in `/`. */
    siteUrl: string;
    /** Folder of the build that the preview server serves. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await buildSite();
  const { url, server } = await serveSite(outDir);

  project.provide('siteUrl', url);
  project.provide('siteDir', outDir);

  return async () => {
    await closeSite(server);
    removeSite(outDir);
  };
}
