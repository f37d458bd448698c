/** `<meta name="chorus-endpoint" content="…">`: one setting for every element on the page. */
export function pageEndpoint(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="chorus-endpoint"]')?.content.trim() || null;
}
