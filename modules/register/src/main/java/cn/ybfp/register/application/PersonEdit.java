package cn.ybfp.register.application;

/** The editable fields of a person, with the version the clerk saw (optimistic locking). */
public record PersonEdit(String name, String phone, String relationToHead, long version) {
}
