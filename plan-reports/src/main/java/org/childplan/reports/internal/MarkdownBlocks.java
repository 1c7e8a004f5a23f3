package org.childplan.reports.internal;

import org.childplan.reports.SafeText;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The Markdown blocks that the Markdown report and the comparison of two plan versions build alike: tables, headings
 * and text, every piece of text shown safely on one line.
 */
final class MarkdownBlocks {

    private MarkdownBlocks() {
    }

    /** A table whose head row holds {@code headers} and whose body is empty. */
    static TableBlock table(String... headers) {
        TableBlock table = new TableBlock();
        TableHead head = new TableHead();
        TableRow row = new TableRow();
        for (String header : headers) {
            TableCell cell = cell(text(header));
            cell.setHeader(true);
            row.appendChild(cell);
        }
        head.appendChild(row);
        table.appendChild(head);
        table.appendChild(new TableBody());
        return table;
    }

    /** Adds a row of {@code cells} to the body of {@code table}. */
    static void row(TableBlock table, TableCell... cells) {
        TableRow row = new TableRow();
        for (TableCell cell : cells) {
            row.appendChild(cell);
        }
        table.getLastChild().appendChild(row);
    }

    static TableCell cell(Node content) {
        TableCell cell = new TableCell();
        cell.appendChild(content);
        return cell;
    }

    static Heading heading(int level, String content) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(text(content));
        return heading;
    }

    static Text text(String content) {
        return new Text(oneLine(content));
    }

    static Code code(String content) {
        return new Code(oneLine(content));
    }

    /** {@code content} on one line, its control characters shown escaped. */
    static String oneLine(String content) {
        return SafeText.forDisplay(content.replaceAll("\\s+", " "));
    }
}
