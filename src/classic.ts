/**
 * The classic-script entry, `dist/chorus.iife.js`, for pages that can only add
 * `<script src>` without `type="module"` (some CMSs strip it). It is not a second
 * bundle: it imports the module autoloader, `chorus.js`, from beside itself, so
 * both tags download the same files. Every browser Chorus supports loads modules.
 */
const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || document.baseURI;
import(/* @vite-ignore */ new URL('chorus.js', base).href).catch((error: unknown) => console.error('Chorus could not load chorus.js:', error));
