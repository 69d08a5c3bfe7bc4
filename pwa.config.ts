// Offline support at build time: the web manifest and a Workbox service worker
// through vite-plugin-pwa. The service worker precaches the app shell and the
// default edition (its data chunk and its pages), and caches other editions'
// chunks when an attendee first opens them. Updates wait for the attendee's
// consent (`registerType: 'prompt'`), so a tab never mixes two deploys.

import { resolve } from 'node:path';

import type { Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

import { pickDefaultEdition } from './src/app/lib/default-edition.ts';
import type { Conference } from './src/domain/types.ts';
import { compileContent } from './src/plugin/compile.ts';
import { RESOLVED_EDITION_MODULE_PREFIX } from './src/plugin/module-ids.ts';
import { APP_SHELL_FILE_NAME } from './src/plugin/pages/pages.ts';

/** Browser toolbar and splash colour, also the icons' background. */
export const THEME_COLOR = '#0f4c5c';
const BACKGROUND_COLOR = '#ffffff';

/** Above this many sessions, the default edition's session pages are left to the app shell offline. */
const MAX_PRECACHED_SESSION_PAGES = 300;

/** Served from `public/`, drawn by `scripts/make-icons.mts`. */
const ICONS = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/** The conference facts that the manifest and the precache list need. */
interface OfflinePlan {
  conference: Conference;
  /** The edition that the app opens first. Its data and pages are precached. */
  defaultEdition: string | null;
}

/**
 * Returns the plugins that add the manifest and the service worker to a build.
 * The content options must match the ones given to `agendaContent()`.
 */
export function agendaOffline(options: { root: string; now?: Date }): Plugin[] {
  const plan = readOfflinePlan(options.root, options.now ?? new Date());
  const otherEditionChunks = new Set<string>();

  return [offlineBuildAdditions(plan, otherEditionChunks), ...VitePWA(pwaOptions(plan, otherEditionChunks))];
}

function readOfflinePlan(viteRoot: string, now: Date): OfflinePlan {
  const contentRoot = resolve(viteRoot, process.env['AGENDA_CONTENT'] ?? 'content');
  const configOption = process.env['AGENDA_CONFIG'];
  const compiled = compileContent({
    root: contentRoot,
    ...(configOption ? { configFile: resolve(viteRoot, configOption) } : {}),
    timeZone: process.env['AGENDA_TIMEZONE'],
    includeDrafts: false,
  });

  // agendaContent() reports content errors and stops the build. The fallback
  // only keeps this plugin from failing first with a vaguer message.
  const conference = compiled.agenda?.conference ?? { name: 'Agenda', editions: [], defaultEdition: null };
  // The app makes this choice again at run time with the same function.
  // NOTE: An edition that becomes the default after the build is precached only by the next deploy.
  return { conference, defaultEdition: pickDefaultEdition(conference, now.getTime())?.id ?? null };
}

/**
 * Records the chunk file of every edition but the default one, so that the
 * precache skips them, and adds the theme colour and icons to every page.
 */
function offlineBuildAdditions(plan: OfflinePlan, otherEditionChunks: Set<string>): Plugin {
  let base = '/';

  return {
    name: 'agenda:offline',
    apply: 'build',

    configResolved(config) {
      base = config.base;
    },

    transformIndexHtml() {
      return [
        { tag: 'meta', attrs: { name: 'theme-color', content: THEME_COLOR }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'icon', type: 'image/png', href: `${base}icons/icon-192.png` }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}icons/icon-192.png` }, injectTo: 'head' },
      ];
    },

    generateBundle(_options, bundle) {
      otherEditionChunks.clear();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.facadeModuleId?.startsWith(RESOLVED_EDITION_MODULE_PREFIX)) continue;

        const editionId = output.facadeModuleId.slice(RESOLVED_EDITION_MODULE_PREFIX.length);
        if (editionId !== plan.defaultEdition) otherEditionChunks.add(output.fileName);
      }
    },
  };
}

function pwaOptions(plan: OfflinePlan, otherEditionChunks: Set<string>): Partial<VitePWAOptions> {
  const otherEditions = plan.conference.editions.map((edition) => edition.id).filter((id) => id !== plan.defaultEdition);
  const defaultEditionSessions = plan.conference.editions.find((edition) => edition.id === plan.defaultEdition)?.sessionCount ?? 0;

  return {
    registerType: 'prompt',
    // The glob below already lists the icons, and listing them twice would duplicate precache entries.
    includeManifestIcons: false,
    // src/app/pwa registers the worker after the page's load event, from a lazy chunk.
    injectRegister: false,
    manifest: {
      name: plan.conference.name,
      short_name: plan.conference.name,
      description: `Agenda de ${plan.conference.name}: sesiones, ponentes y tu agenda personal, también sin conexión.`,
      lang: 'es-MX',
      dir: 'ltr',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      icons: ICONS,
    },
    workbox: {
      // vite-plugin-pwa adds the web manifest itself.
      globPatterns: ['**/*.{html,js,css,png,svg,ico,woff2}'],
      globIgnores: [
        // Other editions' pages fall back to the app shell offline, and their
        // data is cached on first visit by the runtime rule below.
        ...otherEditions.flatMap((id) => [`sessions/${id}/**`, `agenda/${id}/**`, `rooms/${id}/**`]),
        // Hundreds of speaker pages would weigh on the first visit. Offline they
        // fall back to the app shell, which renders them from the precached data.
        'speakers/*/index.html',
        // A large edition's session pages would make the precache list itself
        // heavy (thousands of entries); offline, the app shell renders them.
        ...(defaultEditionSessions > MAX_PRECACHED_SESSION_PAGES ? [`sessions/${plan.defaultEdition}/**`] : []),
      ],
      // The default edition's data chunk must be precached whole, or the
      // schedule is missing offline; 5,000 sessions make a chunk of about 7 MB.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      manifestTransforms: [
        (entries) => ({ manifest: entries.filter((entry) => !otherEditionChunks.has(entry.url)), warnings: [] }),
      ],
      navigateFallback: APP_SHELL_FILE_NAME,
      // Files that a link downloads (such as a calendar export) are not app pages.
      navigateFallbackDenylist: [/\/[^/?]+\.[a-z0-9]+(\?.*)?$/i],
      // The first visit's page comes under the worker at once, so that it works
      // offline without a reload. Later versions still wait for the prompt.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          // Hashed file names never change content, so a cached copy is always right.
          urlPattern: ({ request, sameOrigin, url }) => sameOrigin && request.destination === 'script' && /\/assets\/[^/]+\.js$/.test(url.pathname),
          handler: 'CacheFirst',
          options: {
            cacheName: 'agenda-editions',
            expiration: { maxEntries: 40 },
          },
        },
        {
          urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
          handler: 'CacheFirst',
          options: {
            cacheName: 'agenda-media',
            expiration: { maxEntries: 400 },
          },
        },
      ],
    },
  };
}
