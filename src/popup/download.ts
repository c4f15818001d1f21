/** Saves `text` as a file through the browser's own download (no `downloads` permission needed). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob asynchronously; free it once that has surely happened.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
