/** Where the offline edition and its parts are written (docs/offline.md); the about page and the tests read it too. */
export const OFFLINE = {
	/** The edition's folder is the build folder's name plus this (`dist` → `dist-offline`); its zip adds `.zip`. */
	folderSuffix: '-offline',
	/** The zip as published with the site: a path inside the site (the about page links to it). */
	download: 'downloads/collab-agreements-offline.zip',
	/** The one folder the zip unpacks to. */
	zipFolder: 'collab-agreements-offline',
	/** The folder of the classic scripts made from the site's module scripts, inside the edition. */
	scripts: '_offline',
} as const;
