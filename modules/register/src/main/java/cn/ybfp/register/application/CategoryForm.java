package cn.ybfp.register.application;

/** A category membership as typed into the form (dates as yyyy-MM-dd text, checked by the service). */
public record CategoryForm(
        String category, String department, String documentNumber, String validFrom, String validTo) {}
