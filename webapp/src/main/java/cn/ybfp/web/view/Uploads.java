package cn.ybfp.web.view;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Reading multipart uploads: a named part, and the file's name as the clerk's browser sent it. */
public final class Uploads {

    private Uploads() {}

    public static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    /**
     * Browsers send the file name's UTF-8 bytes, which the multipart reader decodes as ISO-8859-1; decode them again
     * so "民政名单.xlsx" stays readable. A name that was decoded right already has characters beyond that set.
     */
    public static Optional<String> fileName(EntityPart part) {
        return part.getFileName()
                .map(name -> name.chars().anyMatch(c -> c > 0xFF)
                        ? name
                        : new String(name.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    /** An uploaded file: its name as sent, and its bytes. */
    public record File(String name, byte[] content) {}

    /** The named file part, read up to {@code limit} bytes (an absent part is an empty file). */
    public static File file(List<EntityPart> parts, String name, int limit) throws IOException {
        Optional<EntityPart> part = part(parts, name);
        return new File(part.flatMap(Uploads::fileName).orElse(null), bytes(part, limit));
    }

    /** At most {@code limit} bytes of the file (one more than allowed tells the service it is too big). */
    private static byte[] bytes(Optional<EntityPart> part, int limit) throws IOException {
        try (InputStream in = part.map(EntityPart::getContent).orElse(InputStream.nullInputStream())) {
            return in.readNBytes(limit);
        }
    }

    /** A text field of a multipart form, as UTF-8; null when absent. */
    public static String text(List<EntityPart> parts, String name) throws IOException {
        Optional<EntityPart> part = part(parts, name);
        if (part.isEmpty()) {
            return null;
        }
        try (InputStream in = part.get().getContent()) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
    }
}
