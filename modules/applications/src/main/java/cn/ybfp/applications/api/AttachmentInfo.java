package cn.ybfp.applications.api;

import java.time.LocalDateTime;

/** An attachment as a list shows it, without its bytes (which are read only to download it). */
public record AttachmentInfo(Long id, String fileName, String step, String uploadedBy, LocalDateTime uploadedAt) {}
