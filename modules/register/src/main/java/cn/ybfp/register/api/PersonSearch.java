package cn.ybfp.register.api;

import cn.ybfp.kernel.AssistanceCategory;

/**
 * Search criteria for the person list; every one is optional. The ID number matches exactly, the name by prefix;
 * class and category are as of {@code asOf}; the enrolment status is the one of {@code year}.
 */
public record PersonSearch(
        String idNumber,
        String namePrefix,
        AssistanceCategory category,
        Integer assistanceClass,
        EnrolmentStatus enrolmentStatus,
        int year,
        String townshipCode) {}
