// The notice that a new deploy is ready. It follows the app's language through
// the document's `lang` attribute, which the app sets when the attendee switches.

import { useSyncExternalStore } from 'react';

type Language = 'es' | 'en';

const TEXTS: Record<Language, { message: string; reload: string; later: string; region: string }> = {
  es: {
    message: 'Hay una versión nueva de la agenda.',
    reload: 'Recargar',
    later: 'Más tarde',
    region: 'Actualización de la agenda',
  },
  en: {
    message: 'A new version of the agenda is available.',
    reload: 'Reload',
    later: 'Later',
    region: 'Agenda update',
  },
};

/** The manifest's theme colour, THEME_COLOR in pwa.config.ts, which is build code the app cannot import. */
const THEME_COLOR = '#0f4c5c';

export function UpdateNotice({ onReload, onDismiss }: { onReload: () => void; onDismiss: () => void }) {
  const language = useSyncExternalStore(subscribeToDocumentLanguage, readDocumentLanguage, () => 'es' as const);
  const text = TEXTS[language];

  return (
    <section aria-label={text.region} lang={language} style={noticeStyle}>
      <p role="status" style={{ margin: 0, flex: '1 1 12rem' }}>
        {text.message}
      </p>
      <button type="button" onClick={onReload} style={{ ...buttonStyle, background: '#ffffff', color: THEME_COLOR }}>
        {text.reload}
      </button>
      <button type="button" onClick={onDismiss} style={{ ...buttonStyle, background: 'transparent', color: '#ffffff' }}>
        {text.later}
      </button>
    </section>
  );
}

function readDocumentLanguage(): Language {
  return document.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'es';
}

function subscribeToDocumentLanguage(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}

const noticeStyle = {
  position: 'fixed',
  insetInline: '0.75rem',
  bottom: '0.75rem',
  zIndex: 1000,
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.5rem 0.75rem',
  maxWidth: '40rem',
  marginInline: 'auto',
  padding: '0.75rem 1rem',
  borderRadius: '0.5rem',
  background: THEME_COLOR,
  color: '#ffffff',
  boxShadow: '0 4px 16px rgb(0 0 0 / 25%)',
  font: 'inherit',
} as const;

const buttonStyle = {
  minHeight: '2.75rem',
  padding: '0.5rem 1rem',
  border: '2px solid #ffffff',
  borderRadius: '0.375rem',
  font: 'inherit',
  fontWeight: 600,
  cursor: 'pointer',
} as const;
