package cn.ybfp.register.application;

/** A year's enrolment as typed into the form. */
public record EnrolmentForm(String year, String status, String paidDate) {}
