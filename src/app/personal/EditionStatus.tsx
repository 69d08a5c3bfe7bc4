import { usePersonalMessages } from './shared.ts';

/** Renders the loading or failure line of an edition that the page still waits for. */
export function EditionStatus({ editionId, failed }: { editionId: string; failed: boolean }) {
  const { messages } = usePersonalMessages();

  return (
    <p role={failed ? 'alert' : 'status'}>{failed ? messages.editionFailed(editionId) : messages.loadingEdition(editionId)}</p>
  );
}
