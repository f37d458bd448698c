/**
 * The script-tag entry's way to register `<chorus-moderation-queue>`: readers'
 * pages never show it, so its code (about half of all Chorus) is fetched only
 * once the tag appears in the document. Defining it then upgrades the element
 * in place, with any properties already set on it.
 */
const TAG = 'chorus-moderation-queue';

if (!customElements.get(TAG)) {
  let requested = false;
  const load = () => {
    if (requested || !document.getElementsByTagName(TAG).length) return;
    requested = true;
    observer.disconnect();
    void import('./moderation-queue.ts');
  };
  const observer = new MutationObserver(load);
  observer.observe(document, { childList: true, subtree: true });
  load();
}
