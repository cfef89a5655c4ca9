package cn.ybfp.kernel.tables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first worksheet of an .xlsx file row by row with POI's event API (SAX over the sheet's XML), so a sheet of
 * a million rows never becomes a million objects. The file is opened from disk ({@link OPCPackage#open(java.io.File,
 * PackageAccess)}), which inflates the sheet as it is parsed; opening from a stream would unpack the whole zip into
 * memory.
 *
 * <p>Memory is constant in the number of rows except for one part: the shared-strings table, which Excel uses to
 * store each distinct text once, is held in memory ({@link ReadOnlySharedStringsTable}), roughly 100 bytes per
 * distinct text. Files written by streaming writers (including the portal's own exports) use inline strings and
 * have no such table.
 */
final class XlsxSheetReader {

    private XlsxSheetReader() {}

    /** The largest part a workbook may inflate to: a sheet of a million rows is about 150 MB of XML. */
    static final long MAX_PART_BYTES = 1024L * 1024 * 1024;

    /** The largest shared-strings table, which is held in memory: 64 MB of XML, some 600,000 distinct texts. */
    static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;

    /** Parts that inflate more than 100 times (XML compresses some 10 times) are taken for a zip bomb. */
    private static final long MAX_INFLATION = 100;

    static {
        // POI checks while it inflates, whatever the zip's directory claims
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATION);
    }

    /** Reads the file at {@code file} into {@code feed}; any content problem becomes a {@link TableFileException}. */
    static void read(Path file, RowFeed feed) {
        checkSizes(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw TableFileException.because(e, "file.xlsFile");
        } catch (OpenXML4JException | RuntimeException e) {
            throw unreadable(e); // not a zip, not an Office package, empty, …
        }
        Rows rows = new Rows(feed);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            if (styles == null) {
                styles = new StylesTable(); // General for every cell, so numbers are still formatted
            }
            boolean date1904 = isDate1904(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw TableFileException.of("file.noSheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, null, strings, rows, new ExcelCellText(date1904), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (rows.failure != null) {
                throw rows.failure; // the feed's or the caller's own exception, unchanged
            }
            if (e instanceof TableFileException refused) {
                throw refused;
            }
            // the file is a local temporary copy, so any failure here means a broken (or zip-bomb) package
            throw unreadable(e);
        } finally {
            pkg.revert(); // closes without saving: the package was opened read-only
        }
    }

    /**
     * Refuses a workbook before parsing it when its directory already says that a part is too big, inflates like a
     * zip bomb, or holds a shared-strings table too big for memory.
     */
    static void checkSizes(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size > MAX_PART_BYTES || packed > 0 && size > packed * MAX_INFLATION && size > 1024 * 1024) {
                    throw TableFileException.of("file.zipBomb");
                }
                if (entry.getName().equalsIgnoreCase("xl/sharedStrings.xml") && size > MAX_SHARED_STRINGS_BYTES) {
                    throw TableFileException.of(
                            "file.sharedStringsTooLarge", String.valueOf(MAX_SHARED_STRINGS_BYTES / 1024 / 1024));
                }
            }
        } catch (IOException e) {
            // not a zip at all: POI says what it is (an old .xls, say) or that it is broken
        }
    }

    private static TableFileException unreadable(Exception cause) {
        return TableFileException.because(cause, "file.brokenXlsx");
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel); a date cell is a day count from that origin. */
    private static boolean isDate1904(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] date1904 = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        }
        return date1904[0];
    }

    /** Gathers the cells of one row by column (empty cells are not reported by POI) and hands the row on. */
    private static final class Rows implements SheetContentsHandler {

        private final RowFeed feed;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;
        private RuntimeException failure;

        Rows(RowFeed feed) {
            this.feed = feed;
        }

        @Override
        public void startRow(int rowIndex) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String text, XSSFComment comment) {
            // the r attribute is optional in the format: a cell without one follows the previous cell
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            if (cells.size() == column) {
                cells.add(text);
            } else {
                cells.set(column, text);
            }
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowIndex) {
            try {
                feed.accept(rowIndex + 1, cells); // Excel's row number
            } catch (RuntimeException e) {
                failure = e; // kept apart from POI's own failures, which mean a broken file
                throw e;
            }
        }
    }
}
