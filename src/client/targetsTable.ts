// <site-targets>: sorts the targets table (TargetsTable.astro) by a column and filters it by region,
// topic and due year. Without it the table is grouped by due year, which is also its order here until
// the reader sorts by another column; sorting by due year brings the groups back.

class SiteTargets extends HTMLElement {
	#table!: HTMLTableElement;
	#rows: HTMLTableRowElement[] = [];
	#groups: HTMLTableSectionElement[] = [];
	/** One body for every row while the table is sorted by anything but the due year. */
	#flat!: HTMLTableSectionElement;
	#controls!: HTMLElement;
	#sort = { column: 'due', descending: false };

	connectedCallback() {
		const table = this.querySelector('table');
		const controls = this.querySelector<HTMLElement>('.targets__controls');
		if (!table?.tHead || !controls) return;
		this.#table = table;
		this.#controls = controls;
		// The rows in the order the page gives them (due year, then document): the tie-breaker of every sort.
		this.#rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-target]')];
		this.#groups = [...table.tBodies];
		this.#flat = document.createElement('tbody');
		this.#flat.hidden = true;
		table.append(this.#flat);
		for (const th of table.tHead.rows[0]!.cells) {
			if (th.dataset.sortable === undefined) continue;
			const button = document.createElement('button');
			button.type = 'button';
			button.append(...th.childNodes);
			th.append(button);
			button.addEventListener('click', () => this.sortBy(th.dataset.column!));
		}
		for (const select of controls.querySelectorAll('select')) {
			select.disabled = false;
			select.addEventListener('change', () => this.update());
		}
		controls.hidden = false;
		this.update();
	}

	/** Sorts by a column; the same column again reverses the order. */
	sortBy(column: string) {
		this.#sort = { column, descending: this.#sort.column === column && !this.#sort.descending };
		this.update();
	}

	update() {
		const { column, descending } = this.#sort;
		const headers = [...this.#table.tHead!.rows[0]!.cells];
		for (const th of headers) {
			if (th.dataset.column === column)
				th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
			else th.removeAttribute('aria-sort');
		}
		const filter = (name: string) =>
			this.#controls.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';
		const [region, topic, due] = [filter('region'), filter('topic'), filter('due')];
		let shown = 0;
		for (const row of this.#rows) {
			row.hidden = !(
				(!region || row.dataset.region === region) &&
				(!topic || row.dataset.topics!.split(' ').includes(topic)) &&
				(!due || row.dataset.due === due)
			);
			if (!row.hidden) shown++;
		}
		if (column === 'due') this.#group(descending);
		else
			this.#flatten(
				headers.findIndex((th) => th.dataset.column === column),
				descending
			);
		const status = this.querySelector('.targets__status');
		if (status)
			status.textContent = (this.dataset.showing ?? '')
				.replace('{shown}', String(shown))
				.replace('{total}', String(this.#rows.length));
	}

	/** Back in the groups of due years (each group in the page's order), empty groups hidden. */
	#group(descending: boolean) {
		for (const row of this.#rows)
			this.#groups.find((g) => g.dataset.due === row.dataset.due)!.append(row);
		for (const group of this.#groups)
			group.hidden = !group.querySelector('tr[data-target]:not([hidden])');
		this.#flat.hidden = true;
		this.#table.append(...(descending ? [...this.#groups].reverse() : this.#groups), this.#flat);
	}

	/** All rows in one body, sorted by a column's `data-sort` text in the page's language order (ties keep the page's order). */
	#flatten(index: number, descending: boolean) {
		const collator = new Intl.Collator(this.dataset.lang === 'zh' ? 'zh-CN-u-co-pinyin' : 'en', {
			numeric: true,
		});
		const key = (row: HTMLTableRowElement) => row.cells[index]?.dataset.sort ?? '';
		const sorted = [...this.#rows].sort(
			(a, b) => (descending ? -1 : 1) * collator.compare(key(a), key(b))
		);
		this.#flat.append(...sorted);
		for (const group of this.#groups) group.hidden = true;
		this.#flat.hidden = false;
	}
}

customElements.define('site-targets', SiteTargets);
