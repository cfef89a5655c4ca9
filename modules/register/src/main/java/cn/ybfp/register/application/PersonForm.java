package cn.ybfp.register.application;

/**
 * A new person as typed into the form. {@code householdId} null means a new household with this person as head,
 * at {@code address}.
 */
public record PersonForm(
        String idNumber,
        String name,
        String phone,
        String townshipCode,
        Long householdId,
        String relationToHead,
        String address) {}
