/**
 * Where the offline edition and its parts are written (docs/offline.md). No imports: the offline
 * search's client code reads it too.
 */
export const OFFLINE = {
  /** The edition's folder is the build folder's name plus this (`dist` → `dist-offline`); its zip adds `.zip`. */
  folderSuffix: '-offline',
  /** The zip as published with the site: a path inside the site (the about page links to it). */
  download: 'downloads/collab-agreements-offline.zip',
  /** The one folder the zip unpacks to. */
  zipFolder: 'collab-agreements-offline',
  /** The folder of the classic scripts made for the edition, inside it. */
  scripts: '_offline',
  /** The offline search (the search UI's backend), in `scripts`. */
  searchScript: '_offline/search.js',
  /** A language's search index, a classic script beside `searchScript`. */
  searchIndexFile: (lang: string) => `search-index.${lang}.js`,
} as const;
