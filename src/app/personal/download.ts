// Files made in the browser, offered as a download without a server round trip.

/** Offers text as a file download through a temporary object URL. */
export function downloadTextFile(fileName: string, text: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));

  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();

  // Revoking at once can cancel the download in some browsers, so it waits a moment.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Turns a title into a safe file name stem: `Mi agenda – Data Day 2024` gives `mi-agenda-data-day-2024`. */
export function fileStem(text: string): string {
  const stem = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || 'agenda';
}
