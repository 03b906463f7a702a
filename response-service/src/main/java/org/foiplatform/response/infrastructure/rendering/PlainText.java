package org.foiplatform.response.infrastructure.rendering;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The plain-text rendering of a letter, made from its XHTML so that both always say the same: headings underlined,
 * paragraphs separated by a blank line, table rows as "cell | cell", images by their alternative text. The parser
 * reads no DTD and no external entity.
 */
final class PlainText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "table", "caption", "tr", "ul",
            "ol", "li");
    private static final Set<String> SKIPPED = Set.of("head", "style", "script", "title");
    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tr");

    private PlainText() {
    }

    static String fromXhtml(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Element root = builder.parse(new InputSource(new StringReader(xhtml))).getDocumentElement();
            StringBuilder out = new StringBuilder();
            walk(root, out);
            return tidy(out.toString());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("The letter is not well-formed XHTML", e);
        }
    }

    private static void walk(Node node, StringBuilder out) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            Node parent = node.getParentNode();
            String parentName = parent == null ? "" : parent.getNodeName();
            // The layout whitespace between a table's rows and cells is not text.
            if (!TABLE_PARTS.contains(parentName) || !node.getNodeValue().isBlank()) {
                out.append(node.getNodeValue().replaceAll("\\s+", " "));
            }
            return;
        }
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return;
        }
        String name = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
        if (SKIPPED.contains(name)) {
            return;
        }
        switch (name) {
            case "br" -> out.append('\n');
            case "img" -> out.append(((Element) node).getAttribute("alt"));
            case "td", "th" -> {
                if (node.getPreviousSibling() != null && hasElementBefore(node)) {
                    // A row headed by its own header cell reads "Our reference: FOI-...".
                    out.append("row".equals(previousElement(node).getAttribute("scope")) ? ": " : " | ");
                }
            }
            default -> {
            }
        }
        boolean block = BLOCKS.contains(name);
        int start = out.length();
        boolean line = name.equals("tr") || name.equals("li");
        if (block && !line) {
            out.append('\n');
        }
        if ("li".equals(name)) {
            out.append("- ");
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child, out);
        }
        if (name.equals("h1") || name.equals("h2")) {
            String heading = out.substring(start).strip();
            out.append('\n').append((name.equals("h1") ? "=" : "-").repeat(Math.min(heading.length(), 72)));
        }
        if (block) {
            out.append(line ? "\n" : "\n\n");
        }
    }

    private static Element previousElement(Node node) {
        for (Node n = node.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return (Element) n;
            }
        }
        throw new IllegalStateException("No element before " + node.getNodeName());
    }

    private static boolean hasElementBefore(Node node) {
        for (Node n = node.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    /** Trims each line and keeps at most one blank line in a row. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        int blanks = 0;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (++blanks == 1 && out.length() > 0) {
                    out.append('\n');
                }
                continue;
            }
            blanks = 0;
            out.append(trimmed).append('\n');
        }
        return out.toString().strip() + "\n";
    }
}
