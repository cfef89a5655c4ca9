package cn.ybfp.monitoring.infrastructure;

import cn.ybfp.kernel.tables.TableColumn;
import java.util.List;

/**
 * The columns of a feedback file: the push file's first columns as sent (预警编号, 身份证号, 姓名) and the department's
 * answer, by the names the departments use.
 */
enum FeedbackColumn implements TableColumn {
    WARNING("预警编号", List.of("编号", "warningNumber"), true),
    ID_NUMBER("身份证号", List.of("公民身份号码", "证件号码", "idNumber"), true),
    NAME("姓名", List.of("name"), false),
    RESULT("认定结果", List.of("是否认定", "result"), true),
    CATEGORY("认定类别", List.of("认定身份", "身份类别", "category"), false),
    DOCUMENT("认定文号", List.of("文号", "documentNumber"), false),
    FROM("认定日期", List.of("身份起始日期", "recognisedFrom"), false),
    REASON("未认定原因", List.of("不予认定原因", "原因", "reason"), false);

    private final String label;
    private final List<String> aliases;
    private final boolean required;

    FeedbackColumn(String label, List<String> aliases, boolean required) {
        this.label = label;
        this.aliases = aliases;
        this.required = required;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }
}
