/**
 * Copies text for a moderator: the async Clipboard API, or, where it is refused (no
 * permission, an insecure page), the field holding the text focused and selected so
 * one keystroke copies it. Returns whether the text reached the clipboard.
 */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null | undefined): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}
