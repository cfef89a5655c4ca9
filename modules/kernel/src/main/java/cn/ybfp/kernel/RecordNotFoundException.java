package cn.ybfp.kernel;

/**
 * No such record in the caller's jurisdiction, or none at all: the portal answers 404 and gives no hint which, so
 * that guessing ids in another county's addresses tells nothing.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what) {
        super(what);
    }
}
