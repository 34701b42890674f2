package org.courtguide.knowledge;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.courtguide.source.KnowledgeChunk;

/**
 * A short plain-text excerpt of a section for search results: the words of its Markdown without list markers, emphasis
 * or headings ("- " at the start of a line read as a stray dash), blocks run together with spaces, cut at a length.
 */
public final class Snippets {

    private static final Parser MARKDOWN = Parser.builder().build();

    private Snippets() {}

    /** The chunk's Markdown as plain words (its text when it has no Markdown), at most {@code maxChars} long. */
    public static String of(KnowledgeChunk chunk, int maxChars) {
        String source = chunk.markdown() == null || chunk.markdown().isBlank() ? chunk.text() : chunk.markdown();
        String plain = plain(source);
        return plain.length() <= maxChars ? plain : plain.substring(0, maxChars).strip() + "…";
    }

    static String plain(String markdown) {
        StringBuilder out = new StringBuilder();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent.getFirstChild() != null
                        && !(parent instanceof org.commonmark.node.Emphasis)
                        && !(parent instanceof org.commonmark.node.StrongEmphasis)
                        && !(parent instanceof org.commonmark.node.Link)) {
                    // a block (paragraph, list item, heading) ends: keep the words of the next one apart
                    out.append(' ');
                }
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
