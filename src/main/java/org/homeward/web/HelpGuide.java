package org.homeward.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The user guide as the application shows it: the Markdown of {@code docs/} (copied to {@code help/} on the class
 * path), rendered once per guide and language. A line {@code <!-- #topic -->} marks where a topic starts, so that
 * each page can link to its part; any other HTML in the guide is shown as text, never run.
 */
@Component
class HelpGuide {

	private static final Pattern ANCHOR = Pattern.compile("<!--\\s*#([a-z0-9-]+)\\s*-->");
	private static final List<Extension> TABLES = List.of(TablesExtension.create());
	private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(TABLES).escapeHtml(true)
			.nodeRendererFactory(TopicAnchors::new)
			.attributeProviderFactory(context -> (node, tag, attributes) -> {
				if (node instanceof TableBlock) {
					attributes.put("class", "table table-sm table-bordered");
				}
			}).build();

	private final Map<String, String> rendered = new ConcurrentHashMap<>();

	/**
	 * The guide in the reader's language (English where there is no translation yet).
	 *
	 * @param plain the guide for schools, mahallas and civil-society organisations, in their plain words
	 */
	String html(boolean plain, Locale locale) {
		String name = plain ? "plain-guide" : "user-guide";
		String language = locale.getLanguage();
		return rendered.computeIfAbsent(name + "." + language, key -> render(read(name, language)));
	}

	private static String read(String name, String language) {
		for (String path : new String[] { "help/" + name + "." + language + ".md", "help/" + name + ".en.md",
				"help/" + name + ".md" }) {
			ClassPathResource resource = new ClassPathResource(path);
			if (resource.exists()) {
				try (InputStream in = resource.getInputStream()) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		throw new IllegalStateException("no guide " + name);
	}

	private static String render(String markdown) {
		return RENDERER.render(PARSER.parse(markdown));
	}

	/** Renders a topic marker as an anchor to link to, and any other HTML in the guide as text. */
	private static final class TopicAnchors implements NodeRenderer {

		private final HtmlWriter html;

		TopicAnchors(HtmlNodeRendererContext context) {
			this.html = context.getWriter();
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(HtmlBlock.class, HtmlInline.class);
		}

		@Override
		public void render(Node node) {
			String literal = node instanceof HtmlBlock block ? block.getLiteral() : ((HtmlInline) node).getLiteral();
			Matcher anchor = ANCHOR.matcher(literal);
			if (anchor.find()) {
				html.tag("span", Map.of("id", anchor.group(1), "class", "help-topic"));
				html.tag("/span");
			}
			else {
				html.text(literal);
			}
		}
	}
}
