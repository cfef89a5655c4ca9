package cn.ybfp.kernel.tables;

import java.util.List;

/** The columns of the health department's patient list, as the booklets define them: the tests' own table. */
enum PatientColumn implements TableColumn {
    ID_NUMBER("身份证号", true, "身份证号码", "公民身份号码", "idNumber"),
    NAME("姓名", true, "患者姓名", "name"),
    DISEASE("疾病", true, "疾病名称", "疾病编码", "病种", "disease"),
    INSTITUTION("诊断机构", false, "诊断医院", "institution"),
    DIAGNOSED_ON("诊断日期", true, "确诊日期", "diagnosisDate");

    private final String label;
    private final boolean required;
    private final List<String> aliases;

    PatientColumn(String label, boolean required, String... aliases) {
        this.label = label;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
