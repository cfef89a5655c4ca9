package cn.ybfp.register.application;

/**
 * The editable fields of a person, with the version the clerk saw (optimistic locking). {@code status} is a
 * {@code PersonStatus} name; deceased and moved out need {@code statusDate}.
 */
public record PersonEdit(
        String name, String phone, String relationToHead, String status, String statusDate, long version) {}
