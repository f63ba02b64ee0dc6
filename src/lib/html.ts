/**
 * Small helpers over parse5 trees, for the build-time modules that read built HTML (sections, search
 * text, the offline edition, the sitemap, the parallel reading).
 */
import type { DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

export const isElement = (n: HtmlNode): n is HtmlElement => 'tagName' in n;

/** An attribute's value, or undefined when the element has none. */
export const attr = (el: HtmlElement, name: string): string | undefined =>
	el.attrs.find((a) => a.name === name)?.value;

/** Whether the element's `class` lists `name`. */
export const hasClass = (el: HtmlElement, name: string): boolean =>
	(attr(el, 'class') ?? '').split(/\s+/).includes(name);

/** Every element of a tree, depth first, the node itself first (a `<template>`'s content is not entered). */
export function* elementsOf(n: HtmlNode): Generator<HtmlElement> {
	if (isElement(n)) yield n;
	for (const c of 'childNodes' in n ? n.childNodes : []) yield* elementsOf(c);
}
