package cn.ybfp.web.platform;

import cn.ybfp.kernel.ResidentId;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * No full resident ID number reaches the server's log, whoever logs it: the portal, Hibernate quoting a database's
 * constraint message ("Key (id_number)=(…) already exists"), or the server itself. Each of the root logger's
 * handlers is wrapped so that a record's message and its exceptions' messages are masked
 * ({@link ResidentId#maskAll}) before the handler writes them.
 */
public final class MaskedLog extends Handler {

    private static final int MAX_CAUSES = 16;

    private final Handler handler;

    private MaskedLog(Handler handler) {
        this.handler = handler;
        setLevel(handler.getLevel());
    }

    /** Wraps every handler of the root logger once. */
    public static synchronized void install() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (!(handler instanceof MaskedLog)) {
                root.removeHandler(handler);
                root.addHandler(new MaskedLog(handler));
            }
        }
    }

    /** Gives the root logger its own handlers back (when the portal is undeployed). */
    public static synchronized void uninstall() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof MaskedLog masked) {
                root.removeHandler(masked);
                root.addHandler(masked.handler);
            }
        }
    }

    @Override
    public void publish(LogRecord record) {
        handler.publish(masked(record));
    }

    @Override
    public void flush() {
        handler.flush();
    }

    @Override
    public void close() {
        handler.close();
    }

    static LogRecord masked(LogRecord record) {
        LogRecord copy =
                new LogRecord(record.getLevel(), ResidentId.maskAll(new SimpleFormatter().formatMessage(record)));
        copy.setLoggerName(record.getLoggerName());
        copy.setInstant(record.getInstant());
        copy.setSequenceNumber(record.getSequenceNumber());
        copy.setSourceClassName(record.getSourceClassName());
        copy.setSourceMethodName(record.getSourceMethodName());
        copy.setLongThreadID(record.getLongThreadID());
        if (record.getThrown() != null) {
            copy.setThrown(new Masked(record.getThrown(), MAX_CAUSES));
        }
        return copy;
    }

    /** An exception as it was, with every message in its chain masked. */
    static final class Masked extends Throwable {

        private final String text;

        Masked(Throwable original, int causes) {
            super(
                    ResidentId.maskAll(original.getMessage()),
                    original.getCause() == null || causes == 0 ? null : new Masked(original.getCause(), causes - 1),
                    false,
                    true);
            this.text = ResidentId.maskAll(original.toString());
            setStackTrace(original.getStackTrace());
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
