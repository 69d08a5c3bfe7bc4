import { useMemo, useState } from 'react';

import { createQrSvg } from '../../domain/qr.ts';
import { createShareLink } from '../../domain/share-link.ts';
import type { Edition } from '../../domain/types.ts';
import type { PersonalMessages } from './messages.ts';
import { siteBaseUrl, usePersonalMessages } from './shared.ts';

type ShareStatus = 'idle' | 'copied' | 'copy-failed';

/**
 * Renders the share link of one edition's saved sessions as text and as a QR
 * code, and shares it through the Web Share API where the browser has it, else
 * copies it to the clipboard.
 */
export function ShareSchedule({ edition, sessionIds }: { edition: Edition; sessionIds: readonly string[] }) {
  const { messages } = usePersonalMessages();
  const [status, setStatus] = useState<ShareStatus>('idle');

  const link = useMemo(
    () =>
      createShareLink({
        baseUrl: siteBaseUrl(),
        edition: edition.id,
        sessionIds,
        editionSessionIds: edition.sessions.map((session) => session.id),
      }),
    [edition, sessionIds],
  );
  const qr = useMemo(() => tryCreateQr(link), [link]);

  async function share(): Promise<void> {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: `${messages.myScheduleTitle} · ${edition.title}`, url: link });
        return;
      } catch (error) {
        // The user closed the share sheet: nothing to report.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    await copy();
  }

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('copy-failed');
    }
  }

  return (
    <section className="personal-share" aria-label={messages.shareTitle}>
      <h3>{messages.shareTitle}</h3>
      <input className="personal-share-link" type="url" readOnly value={link} aria-label={messages.shareTitle} onFocus={(event) => event.currentTarget.select()} />
      <div className="personal-share-buttons">
        <button type="button" onClick={() => void share()}>
          {typeof navigator !== 'undefined' && typeof navigator.share === 'function' ? messages.shareButton : messages.copyButton}
        </button>
      </div>
      <p role="status" className="personal-share-status">
        {statusText(status, messages)}
      </p>
      {qr !== null && (
        // lean-qr generates the SVG from the link alone, so it contains no user markup.
        <div className="personal-qr" role="img" aria-label={messages.qrLabel(edition.title)} dangerouslySetInnerHTML={{ __html: qr }} />
      )}
    </section>
  );
}

function statusText(status: ShareStatus, messages: PersonalMessages): string {
  if (status === 'copied') return messages.copied;
  if (status === 'copy-failed') return messages.copyFailed;
  return '';
}

/** Returns the QR code's SVG, or null when the link is too long for one (the text link still works). */
function tryCreateQr(link: string): string | null {
  try {
    return createQrSvg(link).svg;
  } catch {
    return null;
  }
}
