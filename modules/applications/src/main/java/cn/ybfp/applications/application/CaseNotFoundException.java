package cn.ybfp.applications.application;

/** No such case in the caller's jurisdiction (the portal answers 404 and gives no hint which). */
public class CaseNotFoundException extends cn.ybfp.kernel.RecordNotFoundException {

    public CaseNotFoundException(String number) {
        super("没有此案件：" + number);
    }
}
