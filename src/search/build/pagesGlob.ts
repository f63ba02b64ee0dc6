/**
 * A glob that matches the given pages of a build and few others, for Pagefind's `addDirectory`:
 * each page's own folder becomes `*` (`zh/plans/x/index.html` → `zh/plans/*\/index.html`), so the
 * thousands of pages of one kind make one pattern, and Pagefind reads the indexed pages only, not the
 * parallel readings, lists and browse pages around them (they have no `data-pagefind-body`).
 * @example pagesGlob(['zh/plans/a/index.html', 'zh/plans/b/index.html', 'en/about/index.html']) // '{en/about/index.html,zh/plans/*\/index.html}'
 */
export function pagesGlob(pages: readonly string[]): string {
	const patterns = new Set(
		pages.map((page) => {
			const parts = page.split('/');
			if (parts.length >= 4) parts[parts.length - 2] = '*';
			return parts.join('/');
		})
	);
	return `{${[...patterns].sort().join(',')}}`;
}
