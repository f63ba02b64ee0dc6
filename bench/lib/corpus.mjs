// A generated corpus for the benchmarks: N documents (each in zh and en, so 2N pages) of
// realistic-looking policy text built from our own word lists and sentence templates (no sentence
// is copied from anywhere), plus the reference data they point at. Deterministic for a given N.
// Every section is tagged with topics (sectionTopics), plans set targets (a baseline and a target
// year per indicator), and briefings report results on earlier plans' targets (reportsOn), so the
// topic views and the targets page are built at scale too. Those come from a second random stream,
// so the MDX text is the same as without them (a plan's page adds its table and chart of figures).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small seeded PRNG (mulberry32), so every run builds the same corpus. */
function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const REGIONS = [
	['beijing', '北京市', 'Beijing', 'municipality'],
	['tianjin', '天津市', 'Tianjin', 'municipality'],
	['hebei', '河北省', 'Hebei', 'province'],
	['zhejiang', '浙江省', 'Zhejiang', 'province'],
	['chongqing', '重庆市', 'Chongqing', 'municipality'],
	['sichuan', '四川省', 'Sichuan', 'province'],
	['hengshui', '衡水市', 'Hengshui', 'city'],
	['langfang', '廊坊市', 'Langfang', 'city'],
	['banan', '巴南区', 'Banan District', 'district'],
	['jiangsu', '江苏省', 'Jiangsu', 'province'],
	['anhui', '安徽省', 'Anhui', 'province'],
	['shandong', '山东省', 'Shandong', 'province'],
];
const TOPICS = [
	['talent', '人才培养', 'Talent development'],
	['tcm-services', '中医药服务', 'TCM services'],
	['medical-consortia', '医联体建设', 'Medical consortia'],
	['specialties', '专科建设', 'Specialties'],
	['digital-health', '智慧医疗', 'Digital health'],
	['elderly-rehab', '康复养老', 'Elderly care and rehabilitation'],
	['research', '科研协作', 'Research'],
	['culture-tourism', '中医药文化', 'TCM culture'],
];
const KINDS = ['agreement', 'plan', 'notice', 'briefing'];

// Word lists: [zh, en] pairs used by the templates.
const FIELDS = [
	['中医药服务', 'TCM services'],
	['专科联盟', 'specialty alliances'],
	['医联体', 'medical consortia'],
	['人才培养', 'training of health workers'],
	['远程会诊', 'remote consultations'],
	['治未病', 'preventive care'],
	['康复护理', 'rehabilitation nursing'],
	['中药材种植', 'the cultivation of medicinal herbs'],
	['基层卫生', 'primary care'],
	['急诊急救', 'emergency care'],
	['公共卫生应急', 'public health emergencies'],
	['智慧医院', 'smart hospitals'],
];
const FACILITIES = [
	['中医馆', 'TCM clinics', '个', ''],
	['名中医工作室', 'renowned-doctor studios', '个', ''],
	['专科分中心', 'specialty sub-centres', '家', ''],
	['示范病房', 'model wards', '间', ''],
	['培训基地', 'training bases', '个', ''],
	['远程会诊中心', 'remote consultation centres', '个', ''],
];
const ACTIONS = [
	['推进', 'advance'],
	['完善', 'improve'],
	['加强', 'strengthen'],
	['拓展', 'expand'],
	['规范', 'standardise'],
	['支持', 'support'],
];
const GROUPS = [
	['基层医务人员', 'primary care staff'],
	['中医药骨干', 'leading TCM practitioners'],
	['护理人员', 'nurses'],
	['青年医师', 'young doctors'],
	['乡村医生', 'village doctors'],
];
const HOSPITALS = [
	['中医医院', 'TCM hospital'],
	['人民医院', "People's Hospital"],
	['妇幼保健院', 'maternal and child health hospital'],
	['中西医结合医院', 'hospital of integrated Chinese and Western medicine'],
];
const HEADINGS = [
	['总体要求', 'General requirements'],
	['合作内容', 'Areas of cooperation'],
	['重点任务', 'Main tasks'],
	['保障措施', 'Safeguards'],
	['工作进展', 'Progress so far'],
	['下一步安排', 'Next steps'],
	['组织实施', 'Implementation'],
	['人才队伍', 'The workforce'],
];

/** Sentence templates: each returns [zh, en] from a picker. */
const SENTENCES = [
	(p) => {
		const [a, b, f] = [p(REGIONS), p(REGIONS), p(FIELDS)];
		return [
			`${a[1]}与${b[1]}在${f[0]}方面加强协作，共同${p(ACTIONS)[0]}区域合作机制。`,
			`${a[2]} and ${b[2]} will work together more closely on ${f[1]} and jointly build a regional mechanism for it.`,
		];
	},
	(p, r) => {
		const [y, fac, n] = [2024 + Math.floor(r() * 5), p(FACILITIES), 2 + Math.floor(r() * 60)];
		return [
			`到${y}年，全区建成${fac[0]}${n}${fac[2]}，覆盖所有乡镇。`,
			`By ${y} the district is to have ${n} ${fac[1]}, covering every township.`,
		];
	},
	(p, r) => {
		const [g, n] = [p(GROUPS), 10 + Math.floor(r() * 490)];
		return [
			`每年组织${g[0]}${n}人次到上级医院进修学习。`,
			`Each year ${n} ${g[1]} are sent to higher-level hospitals for further training.`,
		];
	},
	(p) => {
		const [h, reg, f] = [p(HOSPITALS), p(REGIONS), p(FIELDS)];
		return [
			`${reg[1]}${h[0]}牵头组建${f[0]}协作网络，带动基层服务能力提升。`,
			`The ${reg[2]} ${h[1]} leads a network for ${f[1]} that helps primary care do more.`,
		];
	},
	(_, r) => {
		const [x, y0] = [(0.3 + r() * 0.9).toFixed(2), 2022 + Math.floor(r() * 3)];
		return [
			`每千人口中医类床位数由${y0}年的${x}张提高到${y0 + 4}年的${(Number(x) + 0.2).toFixed(2)}张。`,
			`TCM beds per 1,000 residents rise from ${x} in ${y0} to ${(Number(x) + 0.2).toFixed(2)} in ${y0 + 4}.`,
		];
	},
	(p, r) => {
		const [y, a, f] = [2024 + Math.floor(r() * 3), p(ACTIONS), p(FIELDS)];
		return [
			`${y}—${y + 3}年期间，持续${a[0]}${f[0]}，形成可复制的经验。`,
			`Over ${y}–${y + 3} the parties ${a[1]} ${f[1]} and write down what others can copy.`,
		];
	},
	(p) => {
		const [f, g] = [p(FIELDS), p(GROUPS)];
		return [
			`建立“师承带徒”制度，由名老中医指导${g[0]}开展${f[0]}。`,
			`A mentorship scheme pairs senior TCM doctors with ${g[1]} working on ${f[1]}.`,
		];
	},
	(p, r) => {
		const [reg, n] = [p(REGIONS), 100 + Math.floor(r() * 9000)];
		return [
			`${reg[1]}累计开展远程会诊${n}例，患者往返奔波明显减少。`,
			`${reg[2]} has held ${n.toLocaleString('en')} remote consultations, sparing patients many journeys.`,
		];
	},
	(p) => {
		const [a, b] = [p(REGIONS), p(REGIONS)];
		return [
			`双方互认检查检验结果，${a[1]}和${b[1]}的患者可以就近办理异地就医结算。`,
			`Test results are recognised on both sides, and patients from ${a[2]} and ${b[2]} can settle out-of-area bills close to home.`,
		];
	},
	(p) => {
		const f = p(FIELDS);
		return [
			`各成员单位明确责任分工，定期通报${f[0]}工作进展，及时解决出现的问题。`,
			`Each member unit has clear duties, reports regularly on ${f[1]} and deals with problems as they arise.`,
		];
	},
];

const yamlStr = (s) => JSON.stringify(s);

/**
 * Writes a corpus of `n` documents under `root` (a content folder: documents/, regions/, …).
 * @returns {string} root
 */
export function writeCorpus(root, n, seed = 42) {
	const r = rng(seed);
	const pick = (list) => list[Math.floor(r() * list.length)];
	// Topics of sections, targets and results: their own stream, so the text does not change with them.
	const r2 = rng(seed ^ 0x5bd1e995);
	const pick2 = (list) => list[Math.floor(r2() * list.length)];
	/** Targets set so far: a briefing dated after a plan may report on one of them. */
	const targets = [];
	rmSync(root, { recursive: true, force: true });
	for (const dir of ['documents', 'regions', 'topics', 'organisations', 'glossary'])
		mkdirSync(path.join(root, dir), { recursive: true });
	for (const [id, zh, en, level] of REGIONS)
		writeFileSync(
			path.join(root, 'regions', `${id}.yaml`),
			`name: { zh: ${zh}, en: ${yamlStr(en)} }\nlevel: ${level}\n`
		);
	for (const [id, zh, en] of TOPICS)
		writeFileSync(
			path.join(root, 'topics', `${id}.yaml`),
			`name: { zh: ${zh}, en: ${yamlStr(en)} }\ndescription: { zh: ${zh}。, en: ${yamlStr(en + '.')} }\n`
		);
	writeFileSync(
		path.join(root, 'organisations', 'health-commission.yaml'),
		'name: { zh: 卫生健康委员会, en: Health Commission }\ntype: government\n'
	);
	writeFileSync(
		path.join(root, 'glossary', 'medical-consortium.yaml'),
		'term: { zh: 医联体, en: medical consortium }\ndefinition: { zh: 医疗机构组成的协作组织。, en: A group of hospitals and clinics that work as one. }\n'
	);

	for (let i = 0; i < n; i++) {
		const id = `gen-${String(i).padStart(5, '0')}`;
		const kind = pick(KINDS);
		const year = 2015 + Math.floor(r() * 12);
		const date = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
		const regions = [...new Set([pick(REGIONS)[0], pick(REGIONS)[0]])];
		const topics = [...new Set([pick(TOPICS)[0], pick(TOPICS)[0]])];
		const [a, b, f] = [pick(REGIONS), pick(REGIONS), pick(FIELDS)];
		const dir = path.join(root, 'documents', id);
		mkdirSync(dir);
		// The number of sections is drawn from the text's stream below; every generated document has at least s1–s3.
		const { yaml: extra, set } = targetsAndResults(
			id,
			kind,
			year,
			date,
			topics,
			pick2,
			r2,
			targets
		);
		targets.push(...set);
		writeFileSync(
			path.join(dir, 'meta.yaml'),
			[
				`kind: ${kind}`,
				`dates: { issued: ${date} }`,
				`status: in-force`,
				`regions: [${regions.join(', ')}]`,
				`topics: [${topics.join(', ')}]`,
				`issuers: [health-commission]`,
				`sectionTopics:`,
				...['s1', 's2', 's3'].map(
					(anchor) => `  ${anchor}: [${r2() < 0.3 ? topics.join(', ') : pick2(topics)}]`
				),
				...extra,
				`source:`,
				`  publisher: health-commission`,
				`  title: 生成的测试文档${i}`,
				`  date: ${date}`,
				`  where: { zh: 测试语料, en: Test corpus }`,
				`updated: ${date}`,
				'',
			].join('\n')
		);
		const sections = 3 + Math.floor(r() * 3);
		const heads = [...HEADINGS].sort(() => r() - 0.5).slice(0, sections);
		const body = { zh: [], en: [] };
		heads.forEach((h, s) => {
			body.zh.push(`## ${h[0]} \\{#s${s + 1}}`, '');
			body.en.push(`## ${h[1]} \\{#s${s + 1}}`, '');
			const paras = 1 + Math.floor(r() * 3);
			for (let p = 0; p < paras; p++) {
				const sents = Array.from({ length: 2 + Math.floor(r() * 3) }, () =>
					pick(SENTENCES)(pick, r)
				);
				body.zh.push(sents.map((x) => x[0]).join(''), '');
				body.en.push(sents.map((x) => x[1]).join(' '), '');
			}
		});
		const title = {
			zh: `${a[1]}与${b[1]}${f[0]}合作${kind === 'plan' ? '实施方案' : '协议'}（第${i + 1}号）`,
			en: `${a[2]}–${b[2]} cooperation on ${f[1]} (no. ${i + 1})`,
		};
		const summary = {
			zh: `${a[1]}和${b[1]}就${f[0]}开展合作的安排，包括目标、任务和保障措施。`,
			en: `How ${a[2]} and ${b[2]} cooperate on ${f[1]}: aims, tasks and safeguards.`,
		};
		for (const lang of ['zh', 'en']) {
			writeFileSync(
				path.join(dir, `${lang}.mdx`),
				`---\ntitle: ${yamlStr(title[lang])}\nsummary: ${yamlStr(summary[lang])}\n---\n\n${body[lang].join('\n')}`
			);
		}
	}
	return root;
}

/**
 * The figures of a generated document: a plan sets one to three targets (an indicator's baseline in
 * its year and target a few years on, in section s1); a briefing reports a result on a target of an
 * earlier plan, when one is older than it.
 * @returns {{ yaml: string[], set: { document: string, figure: string, date: string, facility: string[] }[] }}
 */
function targetsAndResults(id, kind, year, date, topics, pick, r, earlier) {
	const figures = [];
	const set = [];
	const label = (f) =>
		`label: { zh: ${f[0]}, en: ${yamlStr(f[1])} }, unit: { zh: ${f[2]}, en: ${yamlStr(f[1])} }`;
	if (kind === 'plan') {
		const count = 1 + Math.floor(r() * 3);
		for (let k = 0; k < count; k++) {
			const facility = FACILITIES[(k + Math.floor(r() * FACILITIES.length)) % FACILITIES.length];
			const base = 5 + Math.floor(r() * 50);
			const due = year + 1 + Math.floor(r() * 5);
			const indicator = `ind-${k + 1}`;
			figures.push(
				`  - { id: ${indicator}-${year}, ${label(facility)}, value: ${base}, year: ${year}, indicator: ${indicator}, role: baseline, anchor: s1 }`,
				`  - { id: ${indicator}-${due}, ${label(facility)}, value: ${base + 1 + Math.floor(r() * 20)}, year: ${due}, indicator: ${indicator}, role: target, anchor: s1${r() < 0.3 ? `, topics: [${pick(topics)}]` : ''} }`
			);
			set.push({ document: id, figure: `${indicator}-${due}`, date, facility });
		}
	}
	if (kind === 'briefing' && earlier.length > 0) {
		// A few tries at an earlier plan's target: the corpus's dates are random, so not every plan is older.
		for (let tries = 0; tries < 5; tries++) {
			const target = pick(earlier);
			if (target.date >= date) continue;
			figures.push(
				`  - { id: result-1, ${label(target.facility)}, value: ${3 + Math.floor(r() * 60)}, year: ${year}, role: result, anchor: s2, reportsOn: { document: ${target.document}, figure: ${target.figure} } }`
			);
			break;
		}
	}
	return { yaml: figures.length ? ['figures:', ...figures] : [], set };
}
