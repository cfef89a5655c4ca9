package cn.ybfp.register.application;

import java.util.Map;

/** The Chinese names of the enrolment statuses, for files (the pages take theirs from the message bundle). */
final class EnrolmentLabels {

    private static final Map<String, String> LABELS = Map.of("ENROLLED", "已参保", "NOT_ENROLLED", "未参保",
            "EMPLOYEE_INSURANCE", "职工医保", "ENROLLED_ELSEWHERE", "异地参保", "SUSPENDED", "中断");

    private EnrolmentLabels() {
    }

    static String of(String status) {
        return LABELS.getOrDefault(status, status);
    }
}
