package cn.ybfp.claims.domain;

import java.io.OutputStream;

/** Prints a confirmed claim's bill (一单制结算单) on A4: the port the PDF writer implements. */
public interface BillPrinter {

    /**
     * @param bureau   the header: the county's healthcare security bureau
     * @param township the township's name
     */
    void print(SettledClaim claim, String bureau, String township, OutputStream out);
}
