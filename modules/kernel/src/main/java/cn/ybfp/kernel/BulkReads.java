package cn.ybfp.kernel;

/**
 * The record of every bulk read of personal data (an Excel list, a list's rejected rows, a bill, an attachment):
 * who, when, what, with which filter, how many rows. A module records each download here; the portal keeps the
 * records in the database, apart from the data they were about, so that an auditor can see who took what home.
 */
public interface BulkReads {

    /**
     * @param what   the document, in Chinese ("参保台账名单", "结算单 PDF ZY001")
     * @param filter the search that chose the rows, ID numbers masked; empty when the document is one record
     * @param rows   how many records of people it held
     */
    void record(Caller caller, String what, String filter, long rows);
}
