package cn.ybfp.kernel;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a clerk may attach as evidence (a case's materials, a diagnosis for a recognition): scans as PDF, PNG or JPEG,
 * up to a size (demo 10 MB, {@code applications.max-attachment-mb}). The type is read from the file's first
 * bytes, not from its name or the browser's word, so a renamed executable is refused.
 */
public enum ScanType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String contentType;
    private final byte[] magic;

    ScanType(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    /** A file that passed the checks, with its type as read from its content and a safe name. */
    public record Checked(String fileName, String contentType, byte[] content) {}

    /** @throws InvalidInputException naming the field "file" when the file is empty, too big or of another type */
    public static Checked check(String fileName, byte[] content, int maxMb) {
        if (content == null || content.length == 0) {
            throw refused("attachment.none");
        }
        if (content.length > maxMb * 1024L * 1024) {
            throw refused("attachment.tooBig", String.valueOf(maxMb));
        }
        ScanType type = Arrays.stream(values())
                .filter(t -> t.matches(content))
                .findFirst()
                .orElseThrow(() -> refused("attachment.type"));
        return new Checked(safeName(fileName, type), type.contentType, content);
    }

    private static InvalidInputException refused(String reason, Object... args) {
        return new InvalidInputException("file", Refusal.of("cn.ybfp.kernel.forms", reason, args));
    }

    private boolean matches(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** The base name without path or control characters, at most 100 characters, with the right extension. */
    private static String safeName(String fileName, ScanType type) {
        String base =
                fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "");
        base = base.length() > 100 ? base.substring(base.length() - 100) : base;
        String extension = "." + type.name().toLowerCase(Locale.ROOT).replace("jpeg", "jpg");
        return base.isBlank() ? "附件" + extension : base;
    }
}
