package cn.ybfp.register.application;

/** A row of the person list: the ID number is masked here, always. */
public record PersonSummary(
        long id,
        String maskedIdNumber,
        String name,
        String sex,
        int age,
        String townshipName,
        Integer assistanceClass,
        String enrolmentStatus) {}
