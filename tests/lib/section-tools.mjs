// Drives a section's "copy link" and "copy citation" buttons (SectionTools) in Chromium and reads what
// they put on the clipboard; the browser context needs the clipboard permissions.

/** The buttons' names and the confirmation, by the language of the body they sit in. */
export const LABELS = {
	zh: { link: '复制链接', citation: '复制引用', copied: '已复制到剪贴板' },
	en: { link: 'Copy link', citation: 'Copy citation', copied: 'Copied to the clipboard' },
};

/**
 * Clicks one button of a section's tools and returns the text it copied. The clipboard is emptied
 * first and read once the confirmation shows, so the text is this click's.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} tools the section's `site-section-tools`
 * @param {'zh' | 'en'} lang the language of the body the tools sit in
 * @param {'link' | 'citation'} which
 */
export async function copiedBy(page, tools, lang, which) {
	await page.evaluate(() => navigator.clipboard.writeText(''));
	await tools.locator('[role="status"]').evaluate((status) => (status.textContent = ''));
	await tools.getByRole('button', { name: LABELS[lang][which] }).click();
	await tools.getByRole('status').filter({ hasText: LABELS[lang].copied }).waitFor();
	return page.evaluate(() => navigator.clipboard.readText());
}

/** A section heading's text as the citation names it: its link's text without the section number. */
export async function headingText(heading) {
	const text = await heading.locator('a').evaluate((a) =>
		[...a.childNodes]
			.filter((n) => !(n instanceof Element && n.matches('.secnum')))
			.map((n) => n.textContent)
			.join('')
	);
	return text.trim();
}
