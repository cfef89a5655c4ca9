package cn.ybfp.kernel;

/** The caller's role may not do this at all (a province supervisor changing casework, say): the portal answers 403. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
